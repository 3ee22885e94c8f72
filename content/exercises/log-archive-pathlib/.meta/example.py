"""Tidying a reporting server's folders with pathlib."""

from pathlib import Path


def backup_path(path: str | Path) -> Path:
    """The backup's path: same folder, ``<stem>.bak<suffix>``."""
    original = Path(path)
    return original.with_name(f"{original.stem}.bak{original.suffix}")


def csv_files(folder: str | Path) -> list[str]:
    """Sorted names of the ``.csv`` files directly in ``folder``."""
    return sorted(
        entry.name for entry in Path(folder).iterdir() if entry.is_file() and entry.suffix == ".csv"
    )


def archive(folder: str | Path, name: str, text: str) -> Path:
    """Write ``text`` to ``folder/archive/name``, making folders as needed; its path."""
    target = Path(folder) / "archive"
    target.mkdir(parents=True, exist_ok=True)
    path = target / name
    path.write_text(text, encoding="utf-8")
    return path


def folder_size(folder: str | Path) -> int:
    """Total size in bytes of every file below ``folder``."""
    return sum(entry.stat().st_size for entry in Path(folder).rglob("*") if entry.is_file())
