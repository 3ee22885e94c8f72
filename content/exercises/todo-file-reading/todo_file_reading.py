"""Reading a team's to-do list from a text file."""

from pathlib import Path


def count_lines(path: str | Path) -> int:
    """How many lines the file has."""
    raise NotImplementedError("count_lines")


def read_tasks(path: str | Path) -> list[str]:
    """Every non-blank line, stripped, in order."""
    raise NotImplementedError("read_tasks")


def split_done(path: str | Path) -> tuple[list[str], list[str]]:
    """``(open tasks, done tasks)``: the texts after ``[ ]`` and ``[x]``."""
    raise NotImplementedError("split_done")
