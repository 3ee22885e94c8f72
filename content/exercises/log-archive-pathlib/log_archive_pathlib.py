"""Tidying a reporting server's folders with pathlib."""

from pathlib import Path


def backup_path(path: str | Path) -> Path:
    """The backup's path: same folder, ``<stem>.bak<suffix>``."""
    raise NotImplementedError("backup_path")


def csv_files(folder: str | Path) -> list[str]:
    """Sorted names of the ``.csv`` files directly in ``folder``."""
    raise NotImplementedError("csv_files")


def archive(folder: str | Path, name: str, text: str) -> Path:
    """Write ``text`` to ``folder/archive/name``, making folders as needed; its path."""
    raise NotImplementedError("archive")


def folder_size(folder: str | Path) -> int:
    """Total size in bytes of every file below ``folder``."""
    raise NotImplementedError("folder_size")
