"""A different route: ``os.walk`` prunes hidden directories as it goes (and never follows
links to directories), names are checked with string methods, the rotation number is
parsed with a regular expression, and the decision is a small function."""

import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

DAY = 86_400
_ROTATED = re.compile(r"(?P<stem>.+\.log)\.(?P<number>[0-9]+)(?P<gz>\.gz)?", re.ASCII)


@dataclass(frozen=True)
class CleanupPlan:
    """What to do with each log file, as POSIX paths relative to the root."""

    delete: list[str] = field(default_factory=list)
    compress: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    reclaimed_bytes: int = 0


def is_log_file(path: Path) -> bool:
    """A log file has `.log` among its suffixes: app.log, app.log.3, app.log.3.gz."""
    return any(suffix == ".log" for suffix in path.suffixes)


def next_rotation(path: Path) -> Path:
    """The name a log file gets when it is rotated once more."""
    name = path.name
    if path.suffix == ".log":
        return path.parent / (name + ".1")
    match = _ROTATED.fullmatch(name)
    if match is None or Path(match["stem"]).suffix != ".log":
        raise ValueError(f"{name!r} is not rotatable")
    number = int(match["number"]) + 1
    return path.parent / f"{match['stem']}.{number}{match['gz'] or ''}"


def _decision(path: Path, age: float, compress_days: int, delete_days: int) -> str:
    if path.suffix == ".log":
        return "keep"
    if age >= delete_days * DAY:
        return "delete"
    if path.suffix != ".gz" and age >= compress_days * DAY:
        return "compress"
    return "keep"


def plan_cleanup(
    root: Path,
    now: float,
    *,
    compress_after_days: int = 1,
    delete_after_days: int = 30,
) -> CleanupPlan:
    """Sort every log file under root into delete, compress or keep."""
    if not 0 <= compress_after_days < delete_after_days:
        raise ValueError("compress_after_days must be >= 0 and below delete_after_days")
    if not os.path.isdir(root):
        raise NotADirectoryError(str(root))
    lists: dict[str, list[str]] = {"delete": [], "compress": [], "keep": []}
    reclaimed = 0
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        relative_directory = PurePosixPath(Path(directory).relative_to(root).as_posix())
        for name in files:
            path = Path(directory, name)
            if name.startswith(".") or not path.is_file() or not is_log_file(path):
                continue
            info = path.stat()
            verdict = _decision(path, now - info.st_mtime, compress_after_days, delete_after_days)
            lists[verdict].append(str(relative_directory / name))
            if verdict == "delete":
                reclaimed += info.st_size
    return CleanupPlan(
        delete=sorted(lists["delete"]),
        compress=sorted(lists["compress"]),
        keep=sorted(lists["keep"]),
        reclaimed_bytes=reclaimed,
    )
