"""Checks the rotation number with ``str.isdigit()`` alone.

``app.log.٣`` rotates to ``app.log.4`` (``int()`` reads the Arabic-Indic three) and
``app.log.²`` makes ``int()`` raise a ``ValueError`` without "rotatable" in its message.
The visible names have ASCII numbers.
"""

from dataclasses import dataclass, field
from pathlib import Path

DAY = 86_400


@dataclass(frozen=True)
class CleanupPlan:
    """What to do with each log file, as POSIX paths relative to the root."""

    delete: list[str] = field(default_factory=list)
    compress: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    reclaimed_bytes: int = 0


def is_log_file(path: Path) -> bool:
    """A log file has `.log` among its suffixes: app.log, app.log.3, app.log.3.gz."""
    return ".log" in path.suffixes


def next_rotation(path: Path) -> Path:
    """The name a log file gets when it is rotated once more."""
    if path.suffix == ".log":
        return path.with_name(f"{path.name}.1")
    compressed = path.suffix == ".gz"
    core = path.with_suffix("") if compressed else path
    number = core.suffix[1:]
    if core.suffixes[-2:-1] != [".log"] or not number.isdigit():
        raise ValueError(f"not a rotatable log name: {path.name}")
    rotated = core.with_suffix(f".{int(number) + 1}")
    return rotated.with_name(f"{rotated.name}.gz") if compressed else rotated


def plan_cleanup(
    root: Path,
    now: float,
    *,
    compress_after_days: int = 1,
    delete_after_days: int = 30,
) -> CleanupPlan:
    """Sort every log file under root into delete, compress or keep."""
    if compress_after_days < 0 or delete_after_days <= compress_after_days:
        raise ValueError("need 0 <= compress_after_days < delete_after_days")
    if not root.is_dir():
        raise NotADirectoryError(f"not a directory: {root}")
    delete: list[str] = []
    compress: list[str] = []
    keep: list[str] = []
    reclaimed = 0
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if not path.is_file() or not is_log_file(path):
            continue
        info = path.stat()
        age = now - info.st_mtime
        key = relative.as_posix()
        if path.suffix == ".log":
            keep.append(key)
        elif age >= delete_after_days * DAY:
            delete.append(key)
            reclaimed += info.st_size
        elif path.suffix != ".gz" and age >= compress_after_days * DAY:
            compress.append(key)
        else:
            keep.append(key)
    return CleanupPlan(sorted(delete), sorted(compress), sorted(keep), reclaimed)
