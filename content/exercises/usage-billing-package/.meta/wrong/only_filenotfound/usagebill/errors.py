"""The package's error type (the bottom layer: imports nothing from the package)."""

from __future__ import annotations


class UsageError(ValueError):
    """A line of a usage file that cannot be read."""

    def __init__(self, line_no: int, reason: str) -> None:
        super().__init__(f"line {line_no}: {reason}")
        self.line_no = line_no
        self.reason = reason
