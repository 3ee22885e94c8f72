"""Report files of a nightly job: lines, a growing log and a CSV of scores."""

from pathlib import Path


def write_lines(path: str | Path, lines: list[str]) -> None:
    """Replace the file's content with ``lines``, one per line."""
    raise NotImplementedError("write_lines")


def append_line(path: str | Path, line: str) -> None:
    """Add ``line`` at the end of the file (created if missing)."""
    raise NotImplementedError("append_line")


def save_scores(path: str | Path, scores: dict[str, int]) -> int:
    """Write the ``name,score`` table, highest score first; the number of players."""
    raise NotImplementedError("save_scores")


def load_scores(path: str | Path) -> dict[str, int]:
    """The ``name,score`` table read back, without its header."""
    raise NotImplementedError("load_scores")
