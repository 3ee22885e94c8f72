"""Jobs prepared ahead of time: replaced when they die, sized by the exercise, never left behind."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from grading_procs import alive, descendants, parent

from pyhero.grading import Grader, Verdict

MakeExercise = Callable[..., Path]

_TESTS = """
from counter import count


def test_count():
    assert count("abc") == 3
"""

_TMP_TESTS = """
import os
import tempfile


def test_three_files_of_twelve_mb_fit_in_tmp():
    for index in range(3):
        with open(os.path.join(tempfile.gettempdir(), f"big{index}"), "wb") as handle:
            handle.write(b"x" * (12 << 20))
"""

_FORK_TESTS = """
import os
import signal
import time
import time


def test_six_processes_at_once():
    pids = []
    try:
        for _ in range(6):
            pid = os.fork()
            if pid == 0:
                time.sleep(30)
                os._exit(0)
            pids.append(pid)
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
"""


@pytest.fixture
def counter(make_exercise: MakeExercise) -> Path:
    return make_exercise(
        "counter",
        {"counter.py": "def count(text):\n    return len(text)\n", "counter_test.py": _TESTS},
        solution=["counter.py"],
    )


def _runs_the_fork_server(pid: int) -> bool:
    """A Python process started for the fork server (bwrap's own processes excluded)."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return not argv[0].endswith(b"bwrap") and any(b"_zygote" in arg for arg in argv)


def _zygote(grader: Grader) -> int:
    """The fork server's own process (its forks run the same command line)."""
    server = grader._default.server
    assert server is not None
    for pid in sorted({server.pid} | set(descendants(server.pid, zombies=True))):
        if _runs_the_fork_server(pid) and not _runs_the_fork_server(parent(pid)):
            return pid
    raise AssertionError("no fork server process found")


def _settled_job_processes(zygote: int, expected: int) -> dict[int, str]:
    """The waiting job's processes, once the finished job's are gone and the new one is up.

    A supervisor and its test process (local mode), plus the job's init under bubblewrap.
    """
    deadline = time.monotonic() + 30
    while True:
        alive_now = descendants(zygote)
        if len(alive_now) == expected and all(proc.state != "Z" for proc in alive_now.values()):
            return {pid: proc.comm for pid, proc in alive_now.items()}
        if time.monotonic() > deadline:
            raise AssertionError(f"the prepared job never settled: {alive_now}")
        time.sleep(0.01)


@pytest.mark.parametrize(("isolation", "processes"), [("local", 2), ("bubblewrap", 3)])
def test_prepared_jobs_that_died_are_replaced(
    counter: Path, isolation: str, processes: int, request: pytest.FixtureRequest
) -> None:
    if isolation == "bubblewrap":
        request.getfixturevalue("sandbox_grader")  # skips where bubblewrap cannot work
    with Grader(workers=1, isolation=isolation) as grader:  # type: ignore[arg-type]
        assert grader.grade(counter).passed
        prepared = _settled_job_processes(_zygote(grader), processes)
        for pid in prepared:
            # The first kill takes the others with it (parent-death signals, the pid
            # namespace's init): those may be gone already.
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        assert settle_gone(prepared), prepared
        result = grader.grade(counter)
    assert result.verdict is Verdict.passed, result.message


def settle_gone(pids: dict[int, str]) -> bool:
    """Whether every process of ``pids`` ended (zombies count as ended) within 10 s."""
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_a_fork_server_that_died_inside_bwrap_is_replaced(
    counter: Path, sandbox_grader: Grader
) -> None:
    with Grader(workers=1, isolation="bubblewrap") as grader:
        assert grader.grade(counter).passed
        os.kill(_zygote(grader), signal.SIGKILL)
        result = grader.grade(counter)
    assert result.verdict is Verdict.passed, result.message


def test_no_prepared_process_outlives_the_grader(counter: Path) -> None:
    grader = Grader(workers=2, isolation="local")
    assert grader.grade(counter).passed
    assert grader._default.server is not None
    started = {grader._default.server.pid} | set(
        descendants(grader._default.server.pid, zombies=True)
    )
    assert len(started) >= 5  # the fork server, then a supervisor and a test per waiting job
    grader.close()
    assert [pid for pid in started if alive(pid)] == []


@pytest.mark.parametrize(
    ("tests", "limits", "failure"),
    [
        (_TMP_TESTS, {"file_size_mb": 16}, "No space left on device"),
        (_TMP_TESTS, {"file_size_mb": 24}, None),
        (_FORK_TESTS, {"processes": 3}, "Resource temporarily unavailable"),
        (_FORK_TESTS, {"processes": 32}, None),
    ],
    ids=["tmp-32mb", "tmp-48mb", "3-processes", "32-processes"],
)
def test_the_exercise_limits_reach_the_prepared_sandbox(
    sandbox_grader: Grader,
    make_exercise: MakeExercise,
    tests: str,
    limits: dict[str, int],
    failure: str | None,
) -> None:
    exercise = make_exercise(
        "limited",
        {"limited.py": "", "limited_test.py": tests},
        pyhero={"limits": limits},
    )
    result = sandbox_grader.grade(exercise)
    assert result.passed is (failure is None), result.message
    if failure is not None:
        assert failure in (result.tests[0].message or "")
