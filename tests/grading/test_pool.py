"""The Grader as a service: threads, asyncio, batches, in-memory files, life cycle."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from pyhero.grading import Grader, GraderError, Isolation, JobEnvironment, Verdict

MakeExercise = Callable[..., Path]

TESTS = """
from counter import count


def test_one():
    assert count("a") == 1


def test_two():
    assert count("ab") == 2
"""


def _exercise(make: MakeExercise, parent: Path, body: str) -> Path:
    return make(
        "counter",
        {"counter.py": f"def count(text):\n    return {body}\n", "counter_test.py": TESTS},
        solution=["counter.py"],
        parent=parent,
    )


@pytest.fixture
def right(make_exercise: MakeExercise, tmp_path: Path) -> Path:
    return _exercise(make_exercise, tmp_path / "right", "len(text)")


@pytest.fixture
def wrong(make_exercise: MakeExercise, tmp_path: Path) -> Path:
    return _exercise(make_exercise, tmp_path / "wrong", "1")


def test_grade_many_keeps_the_order(local_grader: Grader, right: Path, wrong: Path) -> None:
    results = local_grader.grade_many([right, wrong, right, wrong, wrong])
    verdicts = [result.verdict for result in results]
    assert verdicts == [Verdict.passed, Verdict.failed, Verdict.passed] + [Verdict.failed] * 2


def test_threads_share_one_grader(local_grader: Grader, right: Path, wrong: Path) -> None:
    results: dict[int, Verdict] = {}

    def work(index: int) -> None:
        results[index] = local_grader.grade(right if index % 2 else wrong).verdict

    threads = [threading.Thread(target=work, args=(index,)) for index in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {i: Verdict.passed if i % 2 else Verdict.failed for i in range(6)}


def test_agrade_does_not_block_the_event_loop(local_grader: Grader, right: Path) -> None:
    async def main() -> tuple[list[Verdict], int]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0.001)

        task = asyncio.create_task(ticker())
        results = await asyncio.gather(*(local_grader.agrade(right) for _ in range(3)))
        task.cancel()
        return [result.verdict for result in results], ticks

    verdicts, ticks = asyncio.run(main())
    assert verdicts == [Verdict.passed] * 3
    assert ticks > 3  # the loop kept running while gradings were in flight


def test_grade_files_and_a_trusted_copy(local_grader: Grader, right: Path, wrong: Path) -> None:
    good = local_grader.grade_files(right, {"counter.py": "def count(t):\n    return len(t)\n"})
    assert good.verdict is Verdict.passed
    bad = local_grader.grade_files(right, {"counter.py": "def count(t):\n    return 0\n"})
    assert bad.verdict is Verdict.failed
    (wrong / "counter_test.py").write_text("def test_fake():\n    pass\n")
    assert local_grader.grade(wrong, trusted_dir=right).verdict is Verdict.failed
    assert local_grader.grade(wrong).verdict is Verdict.passed  # as it stands, fake tests
    with pytest.raises(GraderError):
        local_grader.grade(wrong.parent)  # not an exercise


def test_isolation_is_reported_and_close_is_final(right: Path) -> None:
    grader = Grader(workers=1, isolation="local")
    assert grader.isolation is Isolation.local
    assert grader.grade(right).isolation is Isolation.local
    grader.close()
    with pytest.raises(GraderError):
        grader.grade(right)


def test_the_fork_server_is_restarted_after_it_dies(right: Path) -> None:
    with Grader(workers=1, isolation="local") as grader:
        assert grader.grade(right).passed
        server = grader._default.server
        assert server is not None
        server._process.kill()
        server._process.wait()
        assert grader.grade(right).passed


@pytest.mark.parametrize("fail_fast", [False, True])
def test_fail_fast_stops_at_the_first_failing_test(
    sandbox_grader: Grader, make_exercise: MakeExercise, tmp_path: Path, fail_fast: bool
) -> None:
    both_fail = _exercise(make_exercise, tmp_path, "-1")
    result = sandbox_grader.grade_files(
        both_fail,
        {"counter.py": "def count(text):\n    return -1\n"},
        environment=JobEnvironment(fail_fast=fail_fast),
    )
    assert result.verdict is Verdict.failed
    failing = [test.name for test in result.tests if test.status == "fail"]
    assert len(failing) == (1 if fail_fast else 2), result.tests
