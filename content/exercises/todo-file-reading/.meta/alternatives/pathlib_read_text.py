"""The whole file read at once with ``Path.read_text`` and cut with ``splitlines()``, and the
markers removed with ``removeprefix``."""

from pathlib import Path


def _lines(path: str | Path) -> list[str]:
    return Path(path).read_text(encoding="utf-8").splitlines()


def count_lines(path: str | Path) -> int:
    return len(_lines(path))


def read_tasks(path: str | Path) -> list[str]:
    return [line.strip() for line in _lines(path) if not line.isspace() and line != ""]


def split_done(path: str | Path) -> tuple[list[str], list[str]]:
    tasks = read_tasks(path)
    open_tasks = [task.removeprefix("[ ]").strip() for task in tasks if task[:3] == "[ ]"]
    done_tasks = [task.removeprefix("[x]").strip() for task in tasks if task[:3] == "[x]"]
    return open_tasks, done_tasks
