"""Sandbox primitives: the bwrap command line, namespaces via libc, limits, capability drop.

Isolated mode: the fork server runs inside one ``bwrap`` sandbox (no network, uid 65534,
read-only system, only the jobs directory writable).  Each job then unshares a new user,
mount, pid and IPC namespace, sees only its own run directory and a private ``/tmp``, and
runs as pid 1 of its pid namespace, so every process it starts dies with it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import functools
import math
import os
import resource
import shutil
import site
import socket
import struct
import sys
import sysconfig
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = [
    "JOBS_MOUNT",
    "LOCAL_HOME",
    "LOCAL_TMP",
    "RUN_MOUNT",
    "SANDBOX_TMP",
    "apply_limits",
    "bwrap_argv",
    "bwrap_path",
    "drop_capabilities",
    "enter_job_directory",
    "enter_job_namespaces",
    "environment_paths",
    "job_environment",
    "python_paths",
    "resize_tmp",
    "set_dumpable",
    "set_pdeathsig",
    "set_subreaper",
]

JOBS_MOUNT = "/jobs"
"""Where the host's jobs directory appears inside the fork server's sandbox."""
RUN_MOUNT = "/run/exercise"
"""Where a job's own run directory appears inside its sandbox."""
SANDBOX_TMP = "/tmp"  # noqa: S108 - a private tmpfs inside the sandbox, never the host's
LOCAL_HOME = ".home"
LOCAL_TMP = ".tmp"
"""Local mode: the job's ``HOME`` and ``TMPDIR``, writable directories in its run directory
(made by the host with the run directory, which the job cannot write)."""

_CLONE_NEWNS = 0x00020000
_CLONE_NEWIPC = 0x08000000
_CLONE_NEWUSER = 0x10000000
_CLONE_NEWPID = 0x20000000
_CLONE_NEWNET = 0x40000000
_SIOCSIFFLAGS = 0x8914
_IFF_UP_LOOPBACK_RUNNING = 0x1 | 0x8 | 0x40
_MS_RDONLY = 1
_MS_NOSUID = 2
_MS_NODEV = 4
_MS_NOEXEC = 8
_MS_REMOUNT = 32
_MS_NOATIME = 1024
_MS_NODIRATIME = 2048
_MS_BIND = 4096
_MS_REC = 16384
_MS_PRIVATE = 1 << 18
_MS_RELATIME = 1 << 21
_MS_STRICTATIME = 1 << 24
_KEPT_FLAGS = (
    (os.ST_NOSUID, _MS_NOSUID),
    (os.ST_NODEV, _MS_NODEV),
    (os.ST_NOEXEC, _MS_NOEXEC),
    (os.ST_NOATIME, _MS_NOATIME),
    (os.ST_NODIRATIME, _MS_NODIRATIME),
    (os.ST_RELATIME, _MS_RELATIME),
)
"""statvfs flags and the mount flags that keep them on a remount."""
_DEV_SHM = "/dev/shm"  # noqa: S108 - the job's own, see _private_scratch
_DEVPTS_OPTIONS = "newinstance,ptmxmode=0666,mode=0620"
_SCRATCH_INODES = 16384
_PR_SET_PDEATHSIG = 1
_PR_SET_DUMPABLE = 4
_PR_CAPBSET_DROP = 24
_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_CHILD_SUBREAPER = 36
_CAP_VERSION_3 = 0x20080522
_SANDBOX_UID = 1000


@functools.cache
def _lib() -> Any:
    return ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"{what}: {os.strerror(errno)}")


def _prctl(option: int, arg: int) -> int:
    return int(_lib().prctl(option, ctypes.c_ulong(arg), 0, 0, 0))


def set_pdeathsig(signal_number: int) -> None:
    _check(_prctl(_PR_SET_PDEATHSIG, signal_number), "prctl(PDEATHSIG)")


def set_dumpable(flag: bool) -> None:
    """Non-dumpable processes cannot be inspected through /proc or ptrace by their uid."""
    _check(_prctl(_PR_SET_DUMPABLE, int(flag)), "prctl(DUMPABLE)")


def set_subreaper() -> None:
    _check(_prctl(_PR_SET_CHILD_SUBREAPER, 1), "prctl(CHILD_SUBREAPER)")


def _mount(source: str, target: str, fstype: str | None, flags: int, data: str | None) -> None:
    result = _lib().mount(
        source.encode(),
        target.encode(),
        fstype.encode() if fstype else None,
        ctypes.c_ulong(flags),
        data.encode() if data else None,
    )
    _check(result, f"mount {target}")


def enter_job_namespaces(run_dir: str, tmp_mb: int) -> None:
    """Give the calling process its own user/mount/pid/IPC/network namespaces and file view.

    Afterwards ``RUN_MOUNT`` is the job's run directory, read-only; ``/tmp`` and ``/dev/shm``
    are the job's own, on one tmpfs of ``tmp_mb`` MB; ``/dev/pts`` is a fresh instance;
    ``JOBS_MOUNT`` (other jobs) is hidden; the network namespace has only a loopback
    interface.  The next child forked is pid 1 of the new pid namespace.
    """
    uid, gid = os.geteuid(), os.getegid()
    flags = _CLONE_NEWUSER | _CLONE_NEWNS | _CLONE_NEWPID | _CLONE_NEWIPC | _CLONE_NEWNET
    _check(_lib().unshare(flags), "unshare")
    Path("/proc/self/setgroups").write_text("deny")
    Path("/proc/self/uid_map").write_text(f"{_SANDBOX_UID} {uid} 1\n")
    Path("/proc/self/gid_map").write_text(f"{_SANDBOX_UID} {gid} 1\n")
    _mount("none", "/", None, _MS_REC | _MS_PRIVATE, None)
    _mount(run_dir, RUN_MOUNT, None, _MS_BIND, None)
    _remount_read_only(RUN_MOUNT)
    _private_scratch(tmp_mb)
    _mount("devpts", "/dev/pts", "devpts", _MS_NOSUID | _MS_NOEXEC, _DEVPTS_OPTIONS)
    _loopback_up()


def _remount_read_only(path: str) -> None:
    """Make one mount read-only, keeping the flags it has (they may be locked)."""
    current = os.statvfs(path).f_flag
    flags = _MS_REMOUNT | _MS_BIND | _MS_RDONLY
    flags |= sum(ms for st, ms in _KEPT_FLAGS if current & st)
    if not current & (os.ST_NOATIME | os.ST_RELATIME):
        flags |= _MS_STRICTATIME
    _mount("none", path, None, flags, None)


def _private_scratch(tmp_mb: int) -> None:
    """One tmpfs of ``tmp_mb`` MB over ``JOBS_MOUNT``; its ``tmp/`` and ``shm/`` become
    ``/tmp`` and ``/dev/shm``, so both count in one budget.

    The tmpfs also hides the jobs directory (other jobs' runs).  Python's directories that
    lived under ``/tmp`` are held open (``O_PATH``) across the mount and bound back from the
    descriptor, so an interpreter or virtual environment installed under ``/tmp`` keeps
    working; a bind of a read-only mount is read-only too.
    """
    under_tmp = [p for p in python_paths() if p.startswith(SANDBOX_TMP + "/")]
    held = {path: os.open(path, os.O_PATH | os.O_DIRECTORY) for path in under_tmp}
    try:
        options = f"size={tmp_mb}m,nr_inodes={_SCRATCH_INODES},mode=0700"
        _mount("tmpfs", JOBS_MOUNT, "tmpfs", _MS_NOSUID | _MS_NODEV, options)
        for name, target in (("tmp", SANDBOX_TMP), ("shm", _DEV_SHM)):
            os.mkdir(os.path.join(JOBS_MOUNT, name))
            os.chmod(os.path.join(JOBS_MOUNT, name), 0o1777)  # noqa: S103 - as any /tmp
            _mount(os.path.join(JOBS_MOUNT, name), target, None, _MS_BIND, None)
        os.chmod(JOBS_MOUNT, 0)
        _remount_read_only(JOBS_MOUNT)
        for path, fd in held.items():
            os.makedirs(path, exist_ok=True)
            _mount(f"/proc/self/fd/{fd}", path, None, _MS_BIND | _MS_REC, None)
    finally:
        for fd in held.values():
            os.close(fd)


def resize_tmp(tmp_mb: int) -> None:
    """Give the job's ``/tmp`` and ``/dev/shm`` (one tmpfs) a new size."""
    _mount("tmpfs", SANDBOX_TMP, "tmpfs", _MS_REMOUNT | _MS_NOSUID | _MS_NODEV, f"size={tmp_mb}m")


def _loopback_up() -> None:
    """The job's own network namespace has only ``lo``; bring it up for local servers."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sH14x", b"lo", _IFF_UP_LOOPBACK_RUNNING)
        fcntl.ioctl(sock.fileno(), _SIOCSIFFLAGS, request)


class _CapHeader(ctypes.Structure):
    _fields_ = (("version", ctypes.c_uint32), ("pid", ctypes.c_int))


class _CapData(ctypes.Structure):
    _fields_ = (
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    )


def drop_capabilities() -> None:
    """Drop every capability (bounding set included) and forbid regaining privileges."""
    _check(_prctl(_PR_SET_NO_NEW_PRIVS, 1), "prctl(NO_NEW_PRIVS)")
    for cap in range(64):
        if _prctl(_PR_CAPBSET_DROP, cap) != 0:
            break  # past the last capability the kernel knows
    header = _CapHeader(_CAP_VERSION_3, 0)
    data = (_CapData * 2)()
    _check(_lib().capset(ctypes.byref(header), ctypes.byref(data)), "capset")


def apply_limits(limits: Mapping[str, Any]) -> None:
    """Per-process rlimits of the test process (inherited by what it starts)."""
    cpu = max(1, math.ceil(float(limits["cpu_seconds"])))
    memory = int(limits["memory_mb"]) << 20
    settings = (
        (resource.RLIMIT_CPU, cpu, cpu + 1),
        (resource.RLIMIT_AS, memory, memory),
        (resource.RLIMIT_NPROC, int(limits["processes"]), int(limits["processes"])),
        (
            resource.RLIMIT_FSIZE,
            int(limits["file_size_mb"]) << 20,
            int(limits["file_size_mb"]) << 20,
        ),
        (resource.RLIMIT_NOFILE, int(limits["open_files"]), int(limits["open_files"])),
        (resource.RLIMIT_CORE, 0, 0),
    )
    for which, wanted_soft, wanted_hard in settings:
        _, current_hard = resource.getrlimit(which)
        hard = wanted_hard
        if current_hard != resource.RLIM_INFINITY:
            hard = min(wanted_hard, current_hard)
        resource.setrlimit(which, (min(wanted_soft, hard), hard))


NO_CA_DIR = "/nonexistent/pyhero-no-ca-certificates"
"""``SSL_CERT_DIR`` of every job. Jobs have no network, so no public certificate authority
can ever be needed; without it, httpx (and anything else that trusts ``SSL_CERT_DIR``)
builds its TLS context in microseconds instead of parsing certifi's whole bundle for every
client, which cost 20-150 ms per client. A test that serves TLS on loopback brings its own
authority, as it must anyway."""


def job_environment(home: str, tmp: str) -> dict[str, str]:
    return {
        "SSL_CERT_DIR": NO_CA_DIR,
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": home,
        "TMPDIR": tmp,
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "USER": "learner",
        "LOGNAME": "learner",
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8:backslashreplace",
    }


def enter_job_directory(workdir: str, isolated: bool) -> None:
    """A job process's environment: nothing of the host's, ``HOME`` and ``TMPDIR`` private
    (the job's ``/tmp``, or in local mode the run directory's own), ``workdir`` current."""
    home = SANDBOX_TMP if isolated else os.path.join(workdir, LOCAL_HOME)
    tmp = SANDBOX_TMP if isolated else os.path.join(workdir, LOCAL_TMP)
    os.environ.clear()
    os.environ.update(job_environment(home, tmp))
    os.chdir(workdir)


def bwrap_path() -> str | None:
    return shutil.which("bwrap")


def _system_binds() -> list[str]:
    argv: list[str] = []
    for top in ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(top):
            argv += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            argv += ["--ro-bind", top, top]
    for name in ("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "localtime", "nsswitch.conf"):
        argv += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
    return argv


@functools.cache
def python_paths() -> tuple[str, ...]:
    """Directories Python needs: prefixes, site-packages and the pyhero package's root.

    Deliberately not ``sys.path``: it may hold the current or a project directory.
    """
    candidates = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    candidates.update(site.getsitepackages())
    candidates.update(
        sysconfig.get_paths().get(key, "") for key in ("stdlib", "purelib", "platlib")
    )
    candidates.add(str(Path(__file__).resolve().parents[2]))  # the pyhero package's root
    executable = Path(sys.executable)
    candidates.add(str(executable.parent))
    candidates.add(str(executable.resolve().parent.parent))
    return _outermost(candidates)


def environment_paths(prefix: str) -> tuple[str, ...]:
    """Directories an exercise environment's interpreter needs: the base Python it was
    built on (this one's: its standard library) and the environment itself; never
    pyhero's site-packages."""
    candidates = {sys.base_prefix, sys.base_exec_prefix, prefix}
    candidates.add(sysconfig.get_paths().get("stdlib", ""))
    base = getattr(sys, "_base_executable", None) or sys.executable
    candidates.add(str(Path(base).resolve().parent.parent))
    return _outermost(candidates)


def _outermost(candidates: set[str]) -> tuple[str, ...]:
    """The existing directories outside the system's, none inside another (both the real
    path and the path as given, which may go through a symbolic link)."""
    existing = sorted(
        {os.path.realpath(path) for path in candidates if path and os.path.isdir(path)}
        | {os.path.abspath(path) for path in candidates if path and os.path.isdir(path)}
    )
    system = ("/usr/", "/lib", "/bin/", "/sbin/")
    kept: list[str] = []
    for path in existing:
        if path.startswith(system) or path == "/":
            continue
        if any(path.startswith(parent.rstrip("/") + "/") for parent in kept):
            continue
        kept.append(path)
    return tuple(kept)


def bwrap_argv(
    bwrap: str,
    jobs_dir: Path,
    command: list[str],
    python_dirs: tuple[str, ...] | None = None,
    binds: tuple[tuple[str, str], ...] = (),
) -> list[str]:
    """The bwrap command line the fork server runs under.

    ``python_dirs`` are the interpreter's directories, bound read-only where they are
    (default: pyhero's own, :func:`python_paths`); ``binds`` are more read-only binds as
    (source, destination), for an exercise environment's server the grading harness.
    """
    argv = [
        bwrap,
        "--unshare-all",
        "--unshare-user",
        "--uid",
        "65534",
        "--gid",
        "65534",
        "--die-with-parent",
        "--new-session",
        "--clearenv",
        "--cap-drop",
        "ALL",
        *_system_binds(),
        # The private /tmp comes before Python's own directories: a checkout or virtual
        # environment that lives under the host's /tmp must stay visible on top of it.
        "--tmpfs",
        SANDBOX_TMP,
    ]
    for path in python_paths() if python_dirs is None else python_dirs:
        argv += ["--ro-bind", path, path]
    for source, destination in binds:
        argv += ["--ro-bind", source, destination]
    argv += [
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--bind",
        str(jobs_dir),
        JOBS_MOUNT,
        "--dir",
        RUN_MOUNT,
        "--chdir",
        "/",
        # Last: nothing may be created in the root or in /dev (only these mounts, not the
        # ones on top of them: /tmp, /jobs and /dev/pts stay as they are).
        "--remount-ro",
        "/dev",
        "--remount-ro",
        "/",
    ]
    for key, value in job_environment(SANDBOX_TMP, SANDBOX_TMP).items():
        argv += ["--setenv", key, value]
    return [*argv, "--", *command]
