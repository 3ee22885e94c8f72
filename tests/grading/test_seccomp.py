"""The test process's seccomp filter, checked in a forked child of the test run."""

from __future__ import annotations

import ctypes
import errno
import os
import platform
import subprocess
import sys
import threading
from collections.abc import Callable

import pytest

from pyhero.grading import _sandbox, _seccomp

pytestmark = pytest.mark.skipif(not _seccomp.supported(), reason="no filter for this machine")
_NUMBERS = {"unshare": (272, 97), "clone3": (435, 435), "mount": (165, 40)}


def _number(name: str) -> int:
    return _NUMBERS[name][platform.machine() not in ("x86_64", "amd64")]


def _in_filtered_child(check: Callable[[], str]) -> str:
    """Run ``check`` in a child with no_new_privs and the filter; what it returned."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            _sandbox.drop_capabilities()
            _seccomp.install_filter()
            answer = check()
        except BaseException as exc:
            answer = f"raised {exc!r}"
        os.write(write, answer.encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as handle:
        answer = handle.read()
    os.waitpid(pid, 0)
    return answer


def _errno_of(number: int, *args: object) -> str:
    libc = ctypes.CDLL(None, use_errno=True)
    result = libc.syscall(number, *args)
    return "ok" if result >= 0 else errno.errorcode[ctypes.get_errno()]


def test_namespaces_and_mounts_are_refused_fork_and_threads_work() -> None:
    def check() -> str:
        found = [
            _errno_of(_number("unshare"), 0x10000000),
            _errno_of(_number("unshare"), 0x00020000),
            _errno_of(_number("mount"), None, None, None, 0, None),
            _errno_of(_number("clone3"), None, 0),
        ]
        pid = os.fork()
        if pid == 0:
            os._exit(7)
        found.append(str(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])))
        seen: list[str] = []
        thread = threading.Thread(target=lambda: seen.append("thread"))
        thread.start()
        thread.join()
        command = [sys.executable, "-c", "print('child')"]
        done = subprocess.run(command, check=False, capture_output=True)
        return " ".join([*found, *seen, done.stdout.decode().strip()])

    assert _in_filtered_child(check) == "EPERM EPERM EPERM ENOSYS 7 thread child"


def test_the_filter_is_inherited_by_exec() -> None:
    def check() -> str:
        code = (
            "import ctypes, errno; libc = ctypes.CDLL(None, use_errno=True); "
            f"print(libc.syscall({_number('unshare')}, 0x10000000), "
            "errno.errorcode[ctypes.get_errno()])"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], check=False, capture_output=True, text=True
        )
        return done.stdout.strip()

    assert _in_filtered_child(check) == "-1 EPERM"


def test_an_unknown_architecture_is_refused_with_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(platform, "machine", lambda: "riscv64")
    assert not _seccomp.supported()
    with pytest.raises(_seccomp.SeccompError, match="x86_64 and aarch64, not riscv64"):
        _seccomp.install_filter()


@pytest.mark.parametrize("machine", ["x86_64", "aarch64"])
def test_the_program_assembles_for_each_architecture(machine: str) -> None:
    code = _seccomp._program(machine)
    assert len(code) % 8 == 0
    assert 30 < len(code) // 8 < 100
