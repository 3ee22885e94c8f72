"""Reading a team's to-do list from a text file."""

from pathlib import Path


def count_lines(path: str | Path) -> int:
    """How many lines the file has."""
    count = 0
    with open(path, encoding="utf-8") as todo_file:
        for _ in todo_file:
            count += 1
    return count


def read_tasks(path: str | Path) -> list[str]:
    """Every non-blank line, stripped, in order."""
    tasks = []
    with open(path, encoding="utf-8") as todo_file:
        for line in todo_file:
            text = line.strip()
            if text:
                tasks.append(text)
    return tasks


def split_done(path: str | Path) -> tuple[list[str], list[str]]:
    """``(open tasks, done tasks)``: the texts after ``[ ]`` and ``[x]``."""
    open_tasks: list[str] = []
    done_tasks: list[str] = []
    for task in read_tasks(path):
        if task.startswith("[ ]"):
            open_tasks.append(task[3:].strip())
        elif task.startswith("[x]"):
            done_tasks.append(task[3:].strip())
    return open_tasks, done_tasks
