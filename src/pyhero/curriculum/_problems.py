"""Validation problems: every one names a file, a location inside it and what is wrong."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ContentError", "Problem"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the content: ``location`` is a field path or a slug."""

    file: Path
    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.location}: {self.message}"


class ContentError(Exception):
    """The content cannot be loaded; ``problems`` lists everything found, not just the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = sorted(problems, key=lambda p: str(p.file))
        count = len(self.problems)
        lines = [f"{count} content problem{'s' if count != 1 else ''}:"]
        lines += [f"  {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))
