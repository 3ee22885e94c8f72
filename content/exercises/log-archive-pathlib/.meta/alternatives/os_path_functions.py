"""The same with ``os`` and ``os.path``: ``splitext`` for the suffix, ``listdir`` and
``isfile`` for the CSV files, ``makedirs`` and ``open`` for the archive, and ``os.walk``
with ``getsize`` for the total."""

import os
from pathlib import Path


def backup_path(path: str | Path) -> Path:
    folder, name = os.path.split(os.fspath(path))
    stem, suffix = os.path.splitext(name)
    return Path(folder, stem + ".bak" + suffix)


def csv_files(folder: str | Path) -> list[str]:
    names = []
    for name in os.listdir(folder):
        if os.path.isfile(os.path.join(folder, name)) and os.path.splitext(name)[1] == ".csv":
            names.append(name)
    names.sort()
    return names


def archive(folder: str | Path, name: str, text: str) -> Path:
    target = os.path.join(folder, "archive")
    os.makedirs(target, exist_ok=True)
    path = os.path.join(target, name)
    with open(path, "w", encoding="utf-8", newline="") as archived:
        archived.write(text)
    return Path(path)


def folder_size(folder: str | Path) -> int:
    total = 0
    for directory, _, files in os.walk(folder):
        for name in files:
            total += os.path.getsize(os.path.join(directory, name))
    return total
