"""The process table as /proc shows it: parents, states and command lines, for leak checks.

A plain module (not a conftest) so that its name is unique across the test tree.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

__all__ = ["Proc", "alive", "descendants", "parent", "proc_table"]


class Proc(NamedTuple):
    """One live or zombie process: its parent, state letter, short name and command line."""

    ppid: int
    state: str
    comm: str
    cmdline: bytes


def _stat(pid: int | str) -> tuple[str, list[str]] | None:
    """``(comm, the fields after it)`` from /proc/<pid>/stat, None once the process is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(errors="replace")
    except OSError:
        return None
    return stat[stat.find("(") + 1 : stat.rfind(")")], stat[stat.rfind(")") + 2 :].split()


def parent(pid: int) -> int:
    """The parent's pid, 0 once the process is gone."""
    stat = _stat(pid)
    return 0 if stat is None else int(stat[1][1])


def alive(pid: int) -> bool:
    """Whether the process exists and is not a zombie."""
    stat = _stat(pid)
    return stat is not None and stat[1][0] != "Z"


def proc_table() -> dict[int, Proc]:
    """Every process visible in /proc, zombies included."""
    table: dict[int, Proc] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        stat = _stat(entry)
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:
            continue
        if stat is None:
            continue
        comm, fields = stat
        table[int(entry)] = Proc(int(fields[1]), fields[0], comm, cmdline)
    return table


def descendants(root: int, *, zombies: bool = False) -> dict[int, Proc]:
    """The children of ``root``, their children and so on; zombies only when asked for."""
    table = proc_table()
    children: dict[int, list[int]] = {}
    for pid, proc in table.items():
        if zombies or proc.state != "Z":
            children.setdefault(proc.ppid, []).append(pid)
    found: dict[int, Proc] = {}
    stack = [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found[child] = table[child]
            stack.append(child)
    return found
