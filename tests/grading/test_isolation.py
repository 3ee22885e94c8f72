"""Isolation facts, observed from inside graded tests (bubblewrap) and from the host."""

from __future__ import annotations

import hashlib
import os
import secrets
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pyhero.grading import Grader, Isolation, Verdict, _landlock, _sandbox

MakeExercise = Callable[..., Path]

FACTS = """
import os
import socket
from pathlib import Path

import pytest

from probe import VALUE

HOST_TMP_FILE = {host_tmp!r}
HOME_FILE = {home!r}
META_FILE = {meta!r}
PYTHON_UNDER_TMP = {python_under_tmp!r}
HOST_PORT = {port!r}


def test_solution_imports():
    assert VALUE == 1


def test_not_root():
    assert os.getuid() != 0
    assert os.geteuid() != 0


def test_own_pid_namespace_under_a_minimal_init():
    assert os.getpid() == 2
    assert os.getppid() == 1


def test_no_network():
    with pytest.raises(OSError):
        socket.create_connection(("1.1.1.1", 53), timeout=1)
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", HOST_PORT), timeout=1)


def test_host_files_are_invisible():
    for path in (HOST_TMP_FILE, HOME_FILE, META_FILE):
        assert not Path(path).exists(), path
        with pytest.raises(OSError):
            Path(path).read_text()


def test_tmp_is_private_and_writable():
    # Only the way down to Python's own directories, when the host keeps them under /tmp.
    assert sorted(os.listdir("/tmp")) == PYTHON_UNDER_TMP
    Path("/tmp/scratch").write_text("mine")
    assert Path("/tmp/scratch").read_text() == "mine"


def test_environment_is_scrubbed():
    assert os.environ.get("HOME") == "/tmp"
    assert "PYHERO_SECRET_FOR_TEST" not in os.environ


def test_stdin_is_empty():
    with pytest.raises((EOFError, OSError)):
        input()
"""


@pytest.fixture
def host_server() -> Iterator[tuple[int, list[int]]]:
    server = socket.create_server(("127.0.0.1", 0))
    connections: list[int] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            connections.append(1)
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], connections
    server.close()
    thread.join(timeout=5)


@pytest.mark.sandbox
def test_isolation_facts_hold_inside_the_sandbox(
    sandbox_grader: Grader,
    make_exercise: MakeExercise,
    tmp_path: Path,
    host_server: tuple[int, list[int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PYHERO_SECRET_FOR_TEST", "1")
    token = secrets.token_hex(4)
    host_tmp = Path(f"/tmp/pyhero-isolation-{token}")
    home = Path.home() / f".pyhero-isolation-{token}"
    port, connections = host_server
    for path in (host_tmp, home):
        path.write_text("secret")
    try:
        exercise = make_exercise("probe", {"probe.py": "VALUE = 1\n"}, solution=["probe.py"])
        meta = exercise / ".meta" / "secret.txt"
        meta.write_text("secret")
        python_under_tmp = sorted(
            {p.split("/")[2] for p in _sandbox.python_paths() if p.startswith("/tmp/")}
        )
        tests = FACTS.format(
            host_tmp=str(host_tmp),
            home=str(home),
            meta=str(meta),
            port=port,
            python_under_tmp=python_under_tmp,
        )
        (exercise / "probe_test.py").write_text(tests)
        result = sandbox_grader.grade(exercise)
    finally:
        host_tmp.unlink()
        home.unlink()
    failures = {t.name: t.message for t in result.tests if t.status != "pass"}
    assert result.verdict is Verdict.passed, (result.message, failures)
    assert result.isolation is Isolation.bubblewrap
    assert len(result.tests) == 8
    assert connections == []
    assert not Path("/tmp/scratch").exists() or Path("/tmp/scratch").read_text() != "mine"


SEGFAULT = "import faulthandler\n\ndef crash():\n    faulthandler._sigsegv()\n"
CRASH_TEST = "from crashy import crash\n\ndef test_crash():\n    crash()\n"


@pytest.mark.parametrize("mode", ["local", "sandbox"])
def test_a_segfault_is_a_crash(
    mode: str,
    request: pytest.FixtureRequest,
    make_exercise: MakeExercise,
) -> None:
    grader: Grader = request.getfixturevalue(f"{mode}_grader")
    exercise = make_exercise("crashy", {"crashy.py": SEGFAULT, "crashy_test.py": CRASH_TEST})
    result = grader.grade(exercise)
    assert result.verdict is Verdict.crashed
    assert "SIGSEGV" in (result.message or "")
    assert result.status == "error"


def test_limits_from_the_exercise_apply(local_grader: Grader, make_exercise: MakeExercise) -> None:
    exercise = make_exercise(
        "slow",
        {
            "slow.py": "import time\n\ndef wait():\n    time.sleep(30)\n",
            "slow_test.py": "from slow import wait\n\ndef test_wait():\n    wait()\n",
        },
        solution=["slow.py"],
        pyhero={"limits": {"wall_seconds": 1}},
    )
    result = local_grader.grade(exercise)
    assert result.verdict is Verdict.timeout
    assert "1 s" in (result.message or "")
    assert result.duration_ms < 20_000


def test_memory_limit(local_grader: Grader, make_exercise: MakeExercise) -> None:
    exercise = make_exercise(
        "hungry",
        {
            "hungry.py": "def eat():\n    return bytearray(2 * 1024 ** 3)\n",
            "hungry_test.py": "from hungry import eat\n\ndef test_eat():\n    assert eat()\n",
        },
    )
    assert local_grader.grade(exercise).verdict is Verdict.memory_limit


def test_local_mode_kills_setsid_daemons(local_grader: Grader, make_exercise: MakeExercise) -> None:
    marker = f"pyhero-daemon-{secrets.token_hex(4)}"
    daemon = f"""
import os, time

def start():
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            with open("/proc/self/comm", "w") as comm:
                comm.write("{marker[:15]}")
            time.sleep(60)
        os._exit(0)
    return True
"""
    exercise = make_exercise(
        "daemon",
        {
            "daemon.py": daemon,
            "daemon_test.py": "from daemon import start\n\ndef test_start():\n    assert start()\n",
        },
    )
    assert local_grader.grade(exercise).verdict is Verdict.passed
    names = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            names.append(Path(f"/proc/{pid}/comm").read_text().strip())
        except OSError:
            continue
    assert marker[:15] not in names


SECRET_TESTS = """
from keeper import keep

SECRET = "pyhero-secret-{token}"


def test_keep():
    assert keep() == SECRET[:6]
"""

SCANNER_TESTS = """
import hashlib
import os
import re

from scanner import scan

WANTED = "{digest}"
CONTROL = "{control}"


def _readable_memory():
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", 0) as mem:
        for line in maps:
            fields = line.split()
            start, end = (int(part, 16) for part in fields[0].split("-"))
            if "r" in fields[1] and end - start < 1 << 30 and "[v" not in line:
                try:
                    yield os.pread(mem.fileno(), end - start, start)
                except OSError:
                    continue


def test_no_other_exercise_in_memory():
    control = ("pyhero-secret-" + CONTROL).encode()  # built here: in memory, found below
    pattern = re.compile(rb"pyhero-secret-([0-9a-f]{{16}})")
    found = {{"control": 0, "wanted": 0}}
    for chunk in _readable_memory():
        for match in pattern.finditer(chunk):
            found["control"] += match.group(1) == control[-16:]
            found["wanted"] += hashlib.sha256(match.group(1)).hexdigest() == WANTED
    assert scan() and found["control"] > 0
    assert found["wanted"] == 0, f"another exercise's test is in this job's memory: {{found}}"
"""


@pytest.mark.parametrize("mode", ["local", "sandbox"])
def test_a_job_holds_nothing_of_an_earlier_exercise(
    mode: str, request: pytest.FixtureRequest, make_exercise: MakeExercise
) -> None:
    """The compiled tests of an exercise graded before must not be in a later job's memory."""
    grader: Grader = request.getfixturevalue(f"{mode}_grader")
    token = secrets.token_hex(8)
    digest = hashlib.sha256(token.encode()).hexdigest()
    keeper = make_exercise(
        "keeper",
        {"keeper.py": "def keep():\n    return 'pyhero'\n",
         "keeper_test.py": SECRET_TESTS.format(token=token)},
    )  # fmt: skip
    scanner = make_exercise(
        "scanner",
        {"scanner.py": "def scan():\n    return True\n",
         "scanner_test.py": SCANNER_TESTS.format(digest=digest, control=secrets.token_hex(8))},
    )  # fmt: skip
    for _ in range(2):
        assert grader.grade(keeper).verdict is Verdict.passed
    results = [grader.grade(scanner) for _ in range(grader.workers + 1)]
    for result in results:
        assert result.verdict is Verdict.passed, (result.message, result.tests[0].message)


HOLDER_TESTS = """
import subprocess
import sys
import time

from holder import hold


def test_hold():
    # An exec'd process is dumpable again: its memory and environment are only safe from
    # other jobs if the kernel keeps jobs apart.
    child = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(20)", "{marker}"],
        env={{"PYHERO_HELD_SECRET": "{secret}"}},
    )
    try:
        time.sleep(5)
    finally:
        child.kill()
        child.wait()
    assert hold()
"""

PEEKER_TESTS = """
import os
import time

from peeker import peek


def _find(marker):
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{{pid}}/cmdline", "rb") as handle:
                    if marker.encode() in handle.read():
                        return pid
            except OSError:
                continue
        time.sleep(0.05)
    return None


def test_other_jobs_processes_are_out_of_reach():
    pid = _find("{marker}")
    assert pid is not None and peek(), "the other job's process never showed up"
    leaked = []
    for name in ("environ", "mem", "maps", "fd/0", "cwd"):
        path = f"/proc/{{pid}}/{{name}}"
        try:
            if name in ("fd/0", "cwd"):
                leaked.append((name, os.readlink(path)))
            else:
                with open(path, "rb") as handle:
                    leaked.append((name, handle.read(64)))
        except OSError:
            continue
    assert leaked == []
"""


@pytest.mark.parametrize("mode", ["local", "sandbox"])
def test_a_job_cannot_read_another_jobs_processes(
    mode: str, request: pytest.FixtureRequest, make_exercise: MakeExercise
) -> None:
    """Two jobs at once: the second finds the first's exec'd child in /proc, reads nothing."""
    if _landlock.abi_version() < 2:
        pytest.skip("Landlock (Linux 5.19+) is what keeps jobs apart in a shared /proc")
    grader: Grader = request.getfixturevalue(f"{mode}_grader")
    marker = f"pyhero-held-{secrets.token_hex(4)}"
    holder = make_exercise(
        "holder",
        {"holder.py": "def hold():\n    return True\n",
         "holder_test.py": HOLDER_TESTS.format(marker=marker, secret=secrets.token_hex(8))},
    )  # fmt: skip
    peeker = make_exercise(
        "peeker",
        {"peeker.py": "def peek():\n    return True\n",
         "peeker_test.py": PEEKER_TESTS.format(marker=marker)},
    )  # fmt: skip
    held, peeked = grader.grade_many([holder, peeker])
    assert held.verdict is Verdict.passed, held.message
    assert peeked.verdict is Verdict.passed, (peeked.message, peeked.tests[0].message)


REWRITER = """
import os

for _name in os.listdir("hidden") + ["../solver_test.py"]:
    _path = os.path.join("hidden", _name)
    try:
        if {chmod}:
            os.chmod(".", 0o755)
            os.chmod("hidden", 0o755)
            os.chmod(_path, 0o644)
        with open(_path, "w") as _handle:
            _handle.write("def test_replaced():\\n    pass\\n")
    except OSError:
        pass


def value():
    return 0
"""


@pytest.mark.parametrize(
    ("mode", "chmod"), [("local", False), ("sandbox", False), ("sandbox", True)]
)
def test_a_submission_cannot_rewrite_tests_not_collected_yet(
    mode: str, chmod: bool, request: pytest.FixtureRequest, make_exercise: MakeExercise
) -> None:
    """A hidden test is imported after the solution: the solution must not be able to
    replace it.  Local mode makes files read-only (0444) but the job has the host's uid."""
    grader: Grader = request.getfixturevalue(f"{mode}_grader")
    exercise = make_exercise(
        "solver",
        {
            "solver.py": REWRITER.format(chmod=chmod),
            "solver_test.py": "from solver import value\n\ndef test_imports():\n    value()\n",
            "hidden/secret_test.py": (
                "from solver import value\n\ndef test_value():\n    assert value() == 42\n"
            ),
        },
        solution=["solver.py"],
        pyhero={"hidden_tests": ["hidden/secret_test.py"]},
    )
    result = grader.grade(exercise)
    assert result.verdict is Verdict.failed, result.message
    assert [test.name for test in result.tests] == ["test_imports", "test_value"]
