"""Line diffs of solution files, for the conflict panel and "compare with a previous attempt"."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

__all__ = ["DiffLine", "FileDiff", "diff_files"]

LineKind = Literal["same", "added", "removed", "gap"]


@dataclass(frozen=True, slots=True)
class DiffLine:
    kind: LineKind
    text: str
    old: int | None = None
    new: int | None = None


@dataclass(frozen=True, slots=True)
class FileDiff:
    name: str
    lines: tuple[DiffLine, ...]

    @property
    def added(self) -> int:
        return sum(line.kind == "added" for line in self.lines)

    @property
    def removed(self) -> int:
        return sum(line.kind == "removed" for line in self.lines)


def _file_diff(name: str, old: str, new: str, context: int) -> FileDiff:
    a, b = old.splitlines(), new.splitlines()
    lines: list[DiffLine] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for number, group in enumerate(matcher.get_grouped_opcodes(context)):
        first = group[0]
        if number or first[1] > 0:
            lines.append(DiffLine("gap", "unchanged lines"))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines.extend(
                    DiffLine("same", a[i], i + 1, j + 1)
                    for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
                )
                continue
            lines.extend(DiffLine("removed", a[i], old=i + 1) for i in range(i1, i2))
            lines.extend(DiffLine("added", b[j], new=j + 1) for j in range(j1, j2))
    return FileDiff(name, tuple(lines))


def diff_files(old: Mapping[str, str], new: Mapping[str, str], context: int = 3) -> list[FileDiff]:
    """Each file that differs between ``old`` and ``new`` (in ``new``'s order, then gone ones)."""
    names = [*new, *(name for name in old if name not in new)]
    return [
        _file_diff(name, old.get(name, ""), new.get(name, ""), context)
        for name in names
        if old.get(name, "") != new.get(name, "")
    ]
