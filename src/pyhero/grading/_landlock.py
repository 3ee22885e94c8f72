"""Each job in a Landlock domain of its own: no job can inspect or signal another's processes.

Jobs share the fork server's ``/proc`` and one uid.  A process a job ``exec``s is dumpable
again (``execve`` resets the flag), so without more another job could read its memory and
environment through ``/proc/<pid>/mem`` and ``/proc/<pid>/environ``.  Landlock (Linux 5.13+)
only lets a process inspect processes of its own domain or of domains nested in it; the test
process creates a domain, which everything it starts inherits, so jobs are strangers to each
other and to the grader.  From Landlock ABI 6 (Linux 6.12) the domain is also scoped: signals
and abstract unix sockets do not cross it.

The domain handles no file system or network access, so it changes nothing else: with ABI 2 to
5 it handles creating block devices (which a job can never do anyway) and explicitly allows
moving files between directories, which any file-system ruleset would otherwise forbid.  On
ABI 1 (where such moves are always forbidden) and without Landlock, nothing is installed.
"""

from __future__ import annotations

import ctypes
import os

__all__ = ["enter_own_domain"]

_CREATE_RULESET = 444  # the same number on every architecture (Linux 5.13+)
_ADD_RULE = 445
_RESTRICT_SELF = 446
_CREATE_RULESET_VERSION = 1
_RULE_PATH_BENEATH = 1
_ACCESS_FS_MAKE_BLOCK = 1 << 11
_ACCESS_FS_REFER = 1 << 13
_SCOPE_ABSTRACT_UNIX_SOCKET = 1 << 0
_SCOPE_SIGNAL = 1 << 1


class _RulesetAttr(ctypes.Structure):
    _fields_ = (
        ("handled_access_fs", ctypes.c_uint64),
        ("handled_access_net", ctypes.c_uint64),
        ("scoped", ctypes.c_uint64),
    )


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = (("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32))


def _syscall(*args: object) -> int:
    libc = ctypes.CDLL(None, use_errno=True)
    return int(libc.syscall(*args))


def abi_version() -> int:
    """The kernel's Landlock ABI version; 0 when Landlock is missing or disabled."""
    version = _syscall(ctypes.c_long(_CREATE_RULESET), None, ctypes.c_size_t(0),
                       ctypes.c_uint32(_CREATE_RULESET_VERSION))  # fmt: skip
    return max(version, 0)


def enter_own_domain() -> int:
    """Put the calling process (``no_new_privs`` set) in a new Landlock domain.

    Returns the ABI version used, 0 when nothing could be installed.
    """
    abi = abi_version()
    if abi < 2:
        return 0
    attr = _RulesetAttr()
    if abi >= 6:
        attr.scoped = _SCOPE_ABSTRACT_UNIX_SOCKET | _SCOPE_SIGNAL
    else:
        attr.handled_access_fs = _ACCESS_FS_MAKE_BLOCK | _ACCESS_FS_REFER
    ruleset = _syscall(ctypes.c_long(_CREATE_RULESET), ctypes.byref(attr),
                       ctypes.c_size_t(ctypes.sizeof(attr)), ctypes.c_uint32(0))  # fmt: skip
    if ruleset < 0:
        return 0
    try:
        if abi < 6:
            root = os.open("/", os.O_PATH | os.O_CLOEXEC)
            try:
                rule = _PathBeneathAttr(_ACCESS_FS_REFER, root)
                if _syscall(ctypes.c_long(_ADD_RULE), ctypes.c_int(ruleset),
                            ctypes.c_int(_RULE_PATH_BENEATH), ctypes.byref(rule),
                            ctypes.c_uint32(0)) != 0:  # fmt: skip
                    return 0
            finally:
                os.close(root)
        if _syscall(ctypes.c_long(_RESTRICT_SELF), ctypes.c_int(ruleset), ctypes.c_uint32(0)):
            return 0
    finally:
        os.close(ruleset)
    return abi
