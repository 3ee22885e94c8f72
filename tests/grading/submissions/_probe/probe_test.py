"""What an innocent job sees must not depend on the jobs that ran before it.

Hostile cases plant names containing ``pyhero-planted`` wherever they can write; this
exercise, graded after every case, must pass.
"""

import mimetypes
import os
import socket
import subprocess
import sys

from probe import ready

PLANTED = "pyhero-planted"
LOOKED_AT = (
    "/", "/etc", "/run", "/run/exercise", "/dev", "/dev/shm", "/dev/pts", "/dev/mqueue",
    "/tmp", "/var", "/var/tmp", "/home", "/root", "/usr/local", "/usr/local/lib",
)  # fmt: skip


def _names(path):
    try:
        return os.listdir(path)
    except OSError:
        return []


def test_nothing_planted_where_jobs_look():
    assert ready()
    planted = [os.path.join(path, name) for path in LOOKED_AT for name in _names(path)]
    assert [path for path in planted if PLANTED in path] == []


def test_tmp_and_shared_memory_start_empty():
    python_dirs = {p.split("/")[2] for p in [*sys.path, sys.executable] if p.startswith("/tmp/")}
    assert set(os.listdir("/tmp")) <= python_dirs
    assert os.listdir("/dev/shm") == []
    assert os.listdir("/dev/pts") == ["ptmx"]


def test_system_files_are_pristine():
    mimetypes.init()
    assert mimetypes.guess_type("x." + PLANTED) == (None, None)
    try:
        addresses = socket.getaddrinfo(PLANTED + ".test", 80)
    except OSError:
        addresses = []
    assert addresses == []
    started = subprocess.run([sys.executable, "-c", "pass"], capture_output=True, check=False)
    assert (started.returncode, started.stderr) == (0, b"")


def test_no_inter_process_objects_survive():
    for kind in ("shm", "msg", "sem"):
        with open(f"/proc/sysvipc/{kind}") as table:
            assert table.read().splitlines()[1:] == [], kind
