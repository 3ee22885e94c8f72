"""Per-job cgroups (pids, and memory where available), used when the host runs as root.

``RLIMIT_NPROC`` never applies to processes whose real uid is host root, even inside a user
namespace, so a fork bomb would only be stopped by the wall clock; and ``RLIMIT_AS`` bounds
each process, not a job of many processes (nor its ``/tmp``, shared memory or pipes).  When
pyhero runs as root it creates, per job, a ``pids`` cgroup and a ``memory`` cgroup (cgroup v1
hierarchies, or one v2 cgroup with both controllers).  The job's supervisor joins them
through ``cgroup.procs`` descriptors passed to the fork server when the job is prepared, so
its whole process tree is bounded; the supervisor also receives a read-only descriptor of the
memory cgroup's event counters and reports whether the kernel killed a process of the job
for memory.  The job never sees the cgroup file system.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyhero.exercise import Limits

__all__ = ["JobCgroup", "JobCgroups", "memory_budget", "oom_kills"]

_ROOT = Path("/sys/fs/cgroup")
_OVERHEAD_MB = 64
"""Memory of a job beyond its largest process and its ``/tmp``: supervisor, init, pipes."""


def memory_budget(limits: Limits, tmp_mb: int) -> int:
    """Bytes a whole job may use: one process at its limit, a full ``/tmp``, the overhead."""
    return (limits.memory_mb + tmp_mb + _OVERHEAD_MB) << 20


@dataclass(frozen=True)
class _Hierarchy:
    """Where one controller's job cgroups live and how its files are named."""

    root: Path
    controllers: frozenset[str]
    v2: bool

    def limit_files(self) -> dict[str, tuple[str, ...]]:
        """Limit files by controller; for memory the RAM limit comes first, then swap."""
        files: dict[str, tuple[str, ...]] = {}
        if "pids" in self.controllers:
            files["pids"] = ("pids.max",)
        if "memory" in self.controllers:
            if self.v2:
                files["memory"] = ("memory.max", "memory.swap.max")
            else:
                files["memory"] = ("memory.limit_in_bytes", "memory.memsw.limit_in_bytes")
        return files

    @property
    def events(self) -> str:
        return "memory.events" if self.v2 else "memory.oom_control"


def _writable(path: Path) -> bool:
    return (path / "cgroup.procs").is_file() and os.access(path, os.W_OK)


def _hierarchies() -> list[_Hierarchy]:
    """The v1 pids and memory hierarchies, or the v2 root with the controllers it offers."""
    found = [
        _Hierarchy(_ROOT / name, frozenset({name}), v2=False)
        for name in ("pids", "memory")
        if _writable(_ROOT / name)
    ]
    if found:
        return found
    try:
        offered = set((_ROOT / "cgroup.subtree_control").read_text().split())
    except OSError:
        return []
    wanted = frozenset(offered & {"pids", "memory"})
    return [_Hierarchy(_ROOT, wanted, v2=True)] if wanted and _writable(_ROOT) else []


def oom_kills(fd: int) -> int:
    """Processes the kernel killed for memory, from a job's ``memory`` event file."""
    try:
        text = os.pread(fd, 4096, 0).decode("ascii", "replace")
    except OSError:
        return 0
    for line in text.splitlines():
        name, _, value = line.partition(" ")
        if name == "oom_kill" and value.strip().isdigit():
            return int(value)
    return 0


class JobCgroup:
    """One job's cgroups; ``fds`` (with ``roles``) go to the fork server with the job."""

    def __init__(self, paths: dict[_Hierarchy, Path], limits: Limits, tmp_mb: int) -> None:
        self.paths = paths
        self.roles: list[str] = []
        self.fds: list[int] = []
        self._applied = (limits, tmp_mb)
        try:
            for hierarchy, path in paths.items():
                path.mkdir()
                self._write_limits(hierarchy, path, limits, tmp_mb)
                self._keep("procs", os.open(path / "cgroup.procs", os.O_WRONLY))
                if "memory" in hierarchy.controllers:
                    self._keep("memory_events", os.open(path / hierarchy.events, os.O_RDONLY))
        except OSError:
            self.remove()
            raise

    def _keep(self, role: str, fd: int) -> None:
        self.roles.append(role)
        self.fds.append(fd)

    @staticmethod
    def _write_limits(hierarchy: _Hierarchy, path: Path, limits: Limits, tmp_mb: int) -> None:
        if "pids" in hierarchy.controllers:
            (path / "pids.max").write_text(str(limits.processes + 1))
        if "memory" not in hierarchy.controllers:
            return
        budget = str(memory_budget(limits, tmp_mb))
        if hierarchy.v2:
            (path / "memory.max").write_text(budget)
            with contextlib.suppress(OSError):  # without swap accounting there is no swap
                (path / "memory.swap.max").write_text("0")
            return
        # v1: memory+swap may never be below memory, so going up the first write fails.
        with contextlib.suppress(OSError):
            (path / "memory.limit_in_bytes").write_text(budget)
        with contextlib.suppress(FileNotFoundError):
            (path / "memory.memsw.limit_in_bytes").write_text(budget)
        (path / "memory.limit_in_bytes").write_text(budget)

    def apply(self, limits: Limits, tmp_mb: int) -> bool:
        """Bound the job by the exercise's limits (below the current use, a bound only
        stops what comes next)."""
        if (limits, tmp_mb) == self._applied:
            return True
        try:
            for hierarchy, path in self.paths.items():
                self._write_limits(hierarchy, path, limits, tmp_mb)
        except OSError:
            return False
        self._applied = (limits, tmp_mb)
        return True

    def close_fds(self) -> None:
        fds, self.fds, self.roles = self.fds, [], []
        for fd in fds:
            os.close(fd)

    def try_remove(self) -> bool:
        """One attempt, without waiting: True when every cgroup of the job is gone."""
        self.close_fds()
        gone = True
        for path in self.paths.values():
            try:
                path.rmdir()
            except FileNotFoundError:
                continue
            except OSError:
                gone = False
        return gone

    def remove(self) -> None:
        self.close_fds()
        for _ in range(100):
            if self.try_remove():
                return
            self._kill_members()
            time.sleep(0.01)

    def _kill_members(self) -> None:
        for path in self.paths.values():
            try:
                members = (path / "cgroup.procs").read_text().split()
            except OSError:
                continue
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


class JobCgroups:
    """The grader's parent cgroups (one per hierarchy), each holding one cgroup per job."""

    def __init__(self, parents: dict[_Hierarchy, Path]) -> None:
        self.parents = parents

    @property
    def controllers(self) -> frozenset[str]:
        return frozenset().union(*(hierarchy.controllers for hierarchy in self.parents))

    @classmethod
    def create(cls) -> JobCgroups | None:
        name = f"pyhero-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        parents: dict[_Hierarchy, Path] = {}
        for hierarchy in _hierarchies():
            _remove_stale(hierarchy.root)
            path = hierarchy.root / name
            try:
                path.mkdir()
                if hierarchy.v2:
                    enable = " ".join(f"+{c}" for c in sorted(hierarchy.controllers))
                    (path / "cgroup.subtree_control").write_text(enable)
            except OSError:
                with contextlib.suppress(OSError):
                    path.rmdir()
                continue
            parents[hierarchy] = path
        if not any("pids" in hierarchy.controllers for hierarchy in parents):
            cls(parents).remove()
            return None
        return cls(parents)

    def new_job(self, job: str, limits: Limits, tmp_mb: int) -> JobCgroup | None:
        try:
            return JobCgroup({h: p / job for h, p in self.parents.items()}, limits, tmp_mb)
        except OSError:
            return None

    def remove(self) -> None:
        for path in self.parents.values():
            for child in list(path.iterdir()) if path.is_dir() else []:
                if child.is_dir():
                    with contextlib.suppress(OSError):
                        child.rmdir()
            with contextlib.suppress(OSError):
                path.rmdir()
