"""Log cleanup planner: implement the functions below with pathlib."""

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
    raise NotImplementedError


def next_rotation(path: Path) -> Path:
    """The name a log file gets when it is rotated once more."""
    raise NotImplementedError


def plan_cleanup(
    root: Path,
    now: float,
    *,
    compress_after_days: int = 1,
    delete_after_days: int = 30,
) -> CleanupPlan:
    """Sort every log file under root into delete, compress or keep."""
    raise NotImplementedError
