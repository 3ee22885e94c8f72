"""``count_lines`` reads the whole text and counts ``text.split("\\n")``.

A file that ends with a line ending gets one line too many (the empty string after the
last newline), and an empty file counts as one line. The visible tests catch it.
"""

from pathlib import Path


def count_lines(path: str | Path) -> int:
    with open(path, encoding="utf-8") as todo_file:
        return len(todo_file.read().split("\n"))


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
    for task in read_tasks(path):
        if task.startswith("[ ]"):
            open_tasks.append(task[3:].strip())
        elif task.startswith("[x]"):
            done_tasks.append(task[3:].strip())
    return open_tasks, done_tasks
