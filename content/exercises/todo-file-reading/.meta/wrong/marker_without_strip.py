"""``split_done`` looks for the markers in the raw line and keeps the text after them
unstripped.

An indented ``"  [x] done"`` is not recognised, and ``"[x]   indented  "`` keeps its spaces.
The visible tests catch it.
"""

from pathlib import Path


def count_lines(path: str | Path) -> int:
    count = 0
    with open(path, encoding="utf-8") as todo_file:
        for _ in todo_file:
            count += 1
    return count


def read_tasks(path: str | Path) -> list[str]:
    tasks = []
    with open(path, encoding="utf-8") as todo_file:
        for line in todo_file:
            if line.strip():
                tasks.append(line.strip())
    return tasks


def split_done(path: str | Path) -> tuple[list[str], list[str]]:
    open_tasks: list[str] = []
    done_tasks: list[str] = []
    with open(path, encoding="utf-8") as todo_file:
        for line in todo_file:
            line = line.rstrip("\n")
            if line.startswith("[ ]"):
                open_tasks.append(line[4:])
            elif line.startswith("[x]"):
                done_tasks.append(line[4:])
    return open_tasks, done_tasks
