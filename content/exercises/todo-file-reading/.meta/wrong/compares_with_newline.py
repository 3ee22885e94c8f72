"""``read_tasks`` skips a line only when it equals ``"\\n"``, then strips it.

A line of spaces or tabs passes the test and becomes an empty task ``""``, and so does a
last line of spaces without a line ending. The visible tests catch it.
"""

from pathlib import Path


def count_lines(path: str | Path) -> int:
    with open(path, encoding="utf-8") as todo_file:
        return len(todo_file.readlines())


def read_tasks(path: str | Path) -> list[str]:
    tasks = []
    with open(path, encoding="utf-8") as todo_file:
        for line in todo_file:
            if line != "\n" and line != "":
                tasks.append(line.strip())
    return tasks


def split_done(path: str | Path) -> tuple[list[str], list[str]]:
    open_tasks: list[str] = []
    done_tasks: list[str] = []
    for task in read_tasks(path):
        if task.startswith("[ ]"):
            open_tasks.append(task[3:].strip())
        elif task.startswith("[x]"):
            done_tasks.append(task[3:].strip())
    return open_tasks, done_tasks
