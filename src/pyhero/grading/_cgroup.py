"""Per-job pids cgroups, used when the host runs as root.

``RLIMIT_NPROC`` never applies to processes whose real uid is host root, even inside a
user namespace, so a fork bomb would only be stopped by the wall clock.  When pyhero runs as
root it creates one pids cgroup per job (cgroup v1 ``pids`` or v2 with the ``pids``
controller); the job's supervisor joins it through a ``cgroup.procs`` descriptor passed to
the fork server, so its whole process tree is bounded.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
import uuid
from pathlib import Path

__all__ = ["JobCgroup", "PidsCgroups"]

_V1 = Path("/sys/fs/cgroup/pids")
_V2 = Path("/sys/fs/cgroup")


def _usable_root() -> Path | None:
    if (_V1 / "cgroup.procs").is_file() and os.access(_V1, os.W_OK):
        return _V1
    controllers = _V2 / "cgroup.subtree_control"
    try:
        if "pids" in controllers.read_text().split() and os.access(_V2, os.W_OK):
            return _V2
    except OSError:
        return None
    return None


class JobCgroup:
    """One job's cgroup; ``procs_fd`` is sent to the fork server with the job."""

    def __init__(self, path: Path, processes: int) -> None:
        self.path = path
        path.mkdir()
        (path / "pids.max").write_text(str(processes + 1))
        self.procs_fd = os.open(path / "cgroup.procs", os.O_WRONLY)

    def set_max(self, processes: int) -> bool:
        """Bound the job's processes (a bound below the current count only stops new ones)."""
        try:
            (self.path / "pids.max").write_text(str(processes))
        except OSError:
            return False
        return True

    def close_fd(self) -> None:
        if self.procs_fd >= 0:
            fd, self.procs_fd = self.procs_fd, -1
            os.close(fd)

    def try_remove(self) -> bool:
        """One attempt, without waiting: True when the cgroup is gone."""
        self.close_fd()
        try:
            self.path.rmdir()
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return True

    def remove(self) -> None:
        self.close_fd()
        for _ in range(100):
            try:
                self.path.rmdir()
            except FileNotFoundError:
                return
            except OSError:
                self._kill_members()
                time.sleep(0.01)
            else:
                return

    def _kill_members(self) -> None:
        try:
            members = (self.path / "cgroup.procs").read_text().split()
        except OSError:
            return
        for pid in members:
            with contextlib.suppress(OSError, ValueError):
                os.kill(int(pid), signal.SIGKILL)


def _remove_stale(root: Path) -> None:
    """Empty cgroups left by graders that died without closing (their pid is gone)."""
    for entry in root.glob("pyhero-*-*"):
        pid = entry.name.split("-")[1]
        if not pid.isdigit() or Path(f"/proc/{pid}").exists():
            continue
        for child in entry.iterdir():
            if child.is_dir():
                with contextlib.suppress(OSError):
                    child.rmdir()
        with contextlib.suppress(OSError):
            entry.rmdir()


class PidsCgroups:
    """The grader's parent cgroup, holding one child cgroup per running job."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def create(cls) -> PidsCgroups | None:
        root = _usable_root()
        if root is None:
            return None
        _remove_stale(root)
        path = root / f"pyhero-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        try:
            path.mkdir()
            if root == _V2:
                (path / "cgroup.subtree_control").write_text("+pids")
        except OSError:
            with contextlib.suppress(OSError):
                path.rmdir()
            return None
        return cls(path)

    def new_job(self, job: str, processes: int) -> JobCgroup | None:
        try:
            return JobCgroup(self.path / job, processes)
        except OSError:
            return None

    def remove(self) -> None:
        for child in list(self.path.iterdir()) if self.path.is_dir() else []:
            if child.is_dir():
                with contextlib.suppress(OSError):
                    child.rmdir()
        with contextlib.suppress(OSError):
            self.path.rmdir()
