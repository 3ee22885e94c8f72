"""The test process's seccomp filter: no namespaces, mounts, kernel keyrings, BPF or tracing.

Installed in the test process after ``no_new_privs`` and the capability drop, before any
submission byte runs, and inherited by every process it starts.  It closes the routes out of
a job's limits that need no privilege once a process may create a user namespace: a new user
namespace owns new mount, pid and cgroup namespaces, where it could mount the pids cgroup
and raise its own ``pids.max``, or mount a tmpfs of its own past the ``/tmp`` cap.

The program is classic BPF built here with ctypes, for x86_64 (the x32 and i386 system call
ABIs are refused whole) and aarch64.  Refused calls fail with ``EPERM``, as a kernel refuses
an unprivileged caller; ``clone3`` fails with ``ENOSYS`` so that the C library falls back to
``clone``, whose flags the filter can read.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import platform
import struct
from collections.abc import Mapping

__all__ = ["SeccompError", "install_filter", "supported"]

# Classic BPF opcodes and seccomp return values (linux/filter.h, linux/seccomp.h).
_LD_W_ABS = 0x20
_JEQ_K = 0x15
_JGE_K = 0x35
_JSET_K = 0x45
_RET_K = 0x06
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
# struct seccomp_data: int nr; __u32 arch; __u64 instruction_pointer; __u64 args[6].
_NR_OFFSET = 0
_ARCH_OFFSET = 4
_ARG0_LOW_OFFSET = 16  # little-endian: the low 32 bits of args[0]

# CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID |
# CLONE_NEWNET (CLONE_NEWTIME, 0x80, only exists for unshare and clone3).
_CLONE_NEW_FLAGS = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000
_CLONE_NEW_FLAGS |= 0x20000000 | 0x40000000
_X32_SYSCALL_BIT = 0x40000000

_DENIED = (
    "unshare",
    "setns",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "open_tree",
    "move_mount",
    "fsopen",
    "fsconfig",
    "fsmount",
    "fspick",
    "mount_setattr",
    "open_tree_attr",
    "keyctl",
    "add_key",
    "request_key",
    "bpf",
    "perf_event_open",
    "userfaultfd",
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "init_module",
    "finit_module",
    "delete_module",
    "kexec_load",
    "kexec_file_load",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
)
"""Refused outright.  io_uring runs operations the filter would never see."""


class _Arch:
    def __init__(self, audit: int, numbers: Mapping[str, int], *, x32: bool = False) -> None:
        self.audit = audit
        self.numbers = numbers
        self.x32 = x32


_GENERIC_NEW = {  # numbers shared by every architecture since Linux 5.1
    "io_uring_setup": 425,
    "io_uring_enter": 426,
    "io_uring_register": 427,
    "open_tree": 428,
    "move_mount": 429,
    "fsopen": 430,
    "fsconfig": 431,
    "fsmount": 432,
    "fspick": 433,
    "clone3": 435,
    "mount_setattr": 442,
    "open_tree_attr": 467,
}
_ARCHES = {
    "x86_64": _Arch(
        0xC000003E,  # AUDIT_ARCH_X86_64
        {
            "clone": 56,
            "ptrace": 101,
            "pivot_root": 155,
            "chroot": 161,
            "mount": 165,
            "umount2": 166,
            "init_module": 175,
            "delete_module": 176,
            "kexec_load": 246,
            "add_key": 248,
            "request_key": 249,
            "keyctl": 250,
            "unshare": 272,
            "perf_event_open": 298,
            "setns": 308,
            "process_vm_readv": 310,
            "process_vm_writev": 311,
            "finit_module": 313,
            "kexec_file_load": 320,
            "bpf": 321,
            "userfaultfd": 323,
            **_GENERIC_NEW,
        },
        x32=True,
    ),
    "aarch64": _Arch(
        0xC00000B7,  # AUDIT_ARCH_AARCH64
        {
            "umount2": 39,
            "mount": 40,
            "pivot_root": 41,
            "chroot": 51,
            "unshare": 97,
            "kexec_load": 104,
            "init_module": 105,
            "delete_module": 106,
            "ptrace": 117,
            "add_key": 217,
            "request_key": 218,
            "keyctl": 219,
            "clone": 220,
            "perf_event_open": 241,
            "setns": 268,
            "process_vm_readv": 270,
            "process_vm_writev": 271,
            "finit_module": 273,
            "bpf": 280,
            "userfaultfd": 282,
            "kexec_file_load": 294,
            **_GENERIC_NEW,
        },
    ),
}
_MACHINES = {"amd64": "x86_64", "arm64": "aarch64"}


class SeccompError(OSError):
    """The filter cannot be built or installed here."""


def _machine() -> str:
    machine = platform.machine().lower()
    return _MACHINES.get(machine, machine)


def supported() -> bool:
    """Whether the filter exists for this machine's architecture."""
    return _machine() in _ARCHES


class _Program:
    """A tiny assembler: instructions with symbolic jump targets, resolved at the end."""

    def __init__(self) -> None:
        self._code: list[tuple[int, str | int, str | int, int]] = []
        self._labels: dict[str, int] = {}

    def load(self, offset: int) -> None:
        self._code.append((_LD_W_ABS, 0, 0, offset))

    def jump(self, op: int, k: int, true: str | int = 0, false: str | int = 0) -> None:
        self._code.append((op, true, false, k))

    def ret(self, value: int) -> None:
        self._code.append((_RET_K, 0, 0, value))

    def label(self, name: str) -> None:
        self._labels[name] = len(self._code)

    def assemble(self) -> bytes:
        out = bytearray()
        for index, (code, true, false, k) in enumerate(self._code):
            jt = self._labels[true] - index - 1 if isinstance(true, str) else true
            jf = self._labels[false] - index - 1 if isinstance(false, str) else false
            if not (0 <= jt <= 255 and 0 <= jf <= 255):
                raise SeccompError(errno.E2BIG, "seccomp program: jump out of range")
            out += struct.pack("=HBBI", code, jt, jf, k)
        return bytes(out)


@functools.cache
def _program(machine: str) -> bytes:
    arch = _ARCHES[machine]
    program = _Program()
    program.load(_ARCH_OFFSET)
    program.jump(_JEQ_K, arch.audit, false="foreign")
    program.load(_NR_OFFSET)
    if arch.x32:
        program.jump(_JGE_K, _X32_SYSCALL_BIT, true="foreign")
    program.jump(_JEQ_K, arch.numbers["clone"], true="clone")
    program.jump(_JEQ_K, arch.numbers["clone3"], true="foreign")
    for name in _DENIED:
        program.jump(_JEQ_K, arch.numbers[name], true="deny")
    program.ret(_RET_ALLOW)
    program.label("clone")
    program.load(_ARG0_LOW_OFFSET)
    program.jump(_JSET_K, _CLONE_NEW_FLAGS, true="deny")
    program.ret(_RET_ALLOW)
    program.label("deny")
    program.ret(_RET_ERRNO | errno.EPERM)
    program.label("foreign")  # another system call ABI, or clone3: "not implemented"
    program.ret(_RET_ERRNO | errno.ENOSYS)
    return program.assemble()


class _SockFprog(ctypes.Structure):
    _fields_ = (("len", ctypes.c_ushort), ("filter", ctypes.c_void_p))


def install_filter() -> None:
    """Install the filter in the calling (single-threaded) process; ``no_new_privs`` first.

    Raises :class:`SeccompError` on an architecture it does not know, or when the kernel
    refuses it.
    """
    machine = _machine()
    if machine not in _ARCHES:
        raise SeccompError(
            errno.ENOTSUP,
            f"the grader's seccomp filter knows x86_64 and aarch64, not {platform.machine()}",
        )
    code = _program(machine)
    buffer = ctypes.create_string_buffer(code, len(code))
    fprog = _SockFprog(len(code) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    libc = ctypes.CDLL(None, use_errno=True)
    result = libc.prctl(
        ctypes.c_int(_PR_SET_SECCOMP),
        ctypes.c_ulong(_SECCOMP_MODE_FILTER),
        ctypes.byref(fprog),
        ctypes.c_ulong(0),
        ctypes.c_ulong(0),
    )
    if result != 0:
        number = ctypes.get_errno()
        raise SeccompError(number, f"installing the seccomp filter: {errno.errorcode.get(number)}")
