"""Process-tree helpers shared by the fork server and a job's supervisor."""

from __future__ import annotations

import contextlib
import os
import signal

__all__ = ["children", "kill", "reap_finished"]


def children(parent: int, *, scan: bool = True) -> set[int]:
    """Children of ``parent``: the kernel's lists of each thread, plus a ``/proc`` scan.

    The kernel's lists can miss a process that was forked a moment ago; ``scan=False``
    skips the (slower) scan.
    """
    found: set[int] = set()
    with contextlib.suppress(OSError):
        for tid in os.listdir(f"/proc/{parent}/task"):
            with (
                contextlib.suppress(OSError),
                open(f"/proc/{parent}/task/{tid}/children") as handle,
            ):
                found.update(int(pid) for pid in handle.read().split())
    if not scan:
        return found
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        if int(stat[stat.rfind(")") + 2 :].split()[1]) == parent:
            found.add(int(entry))
    return found


def kill(pid: int) -> None:
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)


def reap_finished() -> list[int] | None:
    """Reap every child that has ended, without waiting: their pids, ``None`` once none is left."""
    reaped: list[int] = []
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return reaped or None
        if pid == 0:
            return reaped
        reaped.append(pid)
