"""The layers against forgery, one by one, and what they must leave alone.

Each hostile route of ``submissions/`` is also in the hostile suite; here the audit hook,
the frozen harness classes, the boundary checks and the trusted test ids are shown on small
exercises, together with ordinary code that must never be taken for tampering.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from pyhero.grading import TIME_ZONES, Grader, JobEnvironment, Verdict

MakeExercise = Callable[..., Path]

TESTS = """
from probe import run


def test_runs():
    assert run() == "ok"


def test_again():
    assert run() == "ok"
"""


def _exercise(make: MakeExercise, body: str, *, reference: str | None = None) -> Path:
    source = f"def run():\n{body}\n"
    root = make("probe", {"probe.py": source, "probe_test.py": TESTS}, solution=["probe.py"])
    if reference is not None:
        (root / ".meta" / "example.py").write_text(reference, encoding="utf-8")
    return root


def _body(code: str) -> str:
    return "\n".join(f"    {line}" for line in code.strip().splitlines())


TAMPERING = {
    "settrace": "import sys\nsys.settrace(lambda *a: None)\nreturn 'ok'",
    "setprofile": "import sys\nsys.setprofile(lambda *a: None)\nreturn 'ok'",
    "gc_objects": "import gc\ngc.get_objects()\nreturn 'ok'",
    "gc_referrers": "import gc\ngc.get_referrers(run)\nreturn 'ok'",
    "ctypes_call": "import ctypes\nctypes.CDLL(None).getpid()\nreturn 'ok'",
    "code_replace": "run.__code__.replace(co_name='x')\nreturn 'ok'",
    "swap_code": "import probe_test\nprobe_test.test_again.__code__ = (lambda: None).__code__\n"
    "return 'ok'",
    "current_frames": "import sys\nsys._current_frames()\nreturn 'ok'",
    "harness_frame": "import sys\nsys._getframe(6)\nreturn 'ok'",
}


@pytest.mark.parametrize("route", sorted(TAMPERING))
def test_the_audit_hook_ends_tampering(
    route: str, make_exercise: MakeExercise, local_grader: Grader
) -> None:
    result = local_grader.grade(_exercise(make_exercise, _body(TAMPERING[route])))
    assert result.verdict is Verdict.tampered, result.model_dump_json(indent=2)
    assert result.message is not None
    assert "The grader stopped the tests" in result.message


def test_a_harness_frame_from_a_traceback_is_tampering(
    make_exercise: MakeExercise, local_grader: Grader
) -> None:
    code = """
import pytest
try:
    pytest.fail("boom")
except BaseException as exc:
    tb = exc.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    tb.tb_frame
return 'ok'
"""
    result = local_grader.grade(_exercise(make_exercise, _body(code)))
    assert result.verdict is Verdict.tampered
    assert "tb_frame" in (result.message or "")


ORDINARY = """
import collections, dataclasses, enum, inspect, logging, sys, traceback, typing
from unittest import mock

Point = collections.namedtuple("Point", "x y")
Color = enum.Enum("Color", "RED GREEN")

class Row(typing.NamedTuple):
    a: int

class Movie(typing.TypedDict):
    title: str

@dataclasses.dataclass(frozen=True)
class Item:
    name: str

class Service:
    def call(self):
        return "real"

def caller():
    return sys._getframe(1).f_code.co_name

def gen():
    yield 1

g = gen()
inspect.getgeneratorstate(g)
next(g)
assert caller() == "run"
assert len(inspect.stack()) > 3
try:
    {}["missing"]
except KeyError:
    assert "KeyError" in traceback.format_exc()
logging.getLogger("probe").warning("hello %s", "world", stacklevel=2)
with mock.patch.object(Service, "call", return_value="fake"):
    assert Service().call() == "fake"
assert Service().call() == "real"
assert Point(1, 2).x == 1 and Color.RED.name == "RED" and Row(1).a == 1
assert Item("x").name == "x" and Movie(title="t")["title"] == "t"
return "ok"
"""


def test_ordinary_code_is_not_tampering(make_exercise: MakeExercise, local_grader: Grader) -> None:
    result = local_grader.grade(_exercise(make_exercise, _body(ORDINARY)))
    assert result.verdict is Verdict.passed, result.model_dump_json(indent=2)


def test_harness_classes_cannot_be_patched(
    make_exercise: MakeExercise, local_grader: Grader
) -> None:
    code = """
import unittest
try:
    unittest.TestCase.assertEqual = lambda *a, **k: None
except TypeError as exc:
    return "ok" if "immutable" in str(exc) else str(exc)
return "patched"
"""
    result = local_grader.grade(_exercise(make_exercise, _body(code)))
    assert result.verdict is Verdict.passed, result.model_dump_json(indent=2)


def test_a_patched_runner_module_is_tampering_at_the_next_boundary(
    make_exercise: MakeExercise, local_grader: Grader
) -> None:
    code = "import _pytest.runner\n_pytest.runner.show_test_item = print\nreturn 'ok'"
    result = local_grader.grade(_exercise(make_exercise, _body(code)))
    assert result.verdict is Verdict.tampered
    assert "_pytest.runner.show_test_item" in (result.message or "")
    assert "after probe_test.py::test_runs" in (result.message or "")


def test_collected_tests_must_be_the_references(
    make_exercise: MakeExercise, local_grader: Grader
) -> None:
    tests = "import probe\nimport pytest\n\n@pytest.mark.parametrize('n', probe.CASES)\n"
    tests += "def test_case(n):\n    assert probe.run(n) == n\n"
    solution = "CASES = [1, 2]\ndef run(n):\n    return n\n"
    root = make_exercise(
        "probe", {"probe.py": solution, "probe_test.py": tests}, solution=["probe.py"]
    )
    (root / ".meta" / "example.py").write_text(solution.replace("[1, 2]", "[1, 2, 3]"))
    result = local_grader.grade(root)
    assert result.verdict is Verdict.error
    assert "3 expected" in (result.message or "")
    assert "missing: probe_test.py::test_case[3]" in (result.message or "")


def test_without_a_reference_the_tests_alone_decide(
    make_exercise: MakeExercise, local_grader: Grader
) -> None:
    result = local_grader.grade(_exercise(make_exercise, "    return 'ok'"))
    assert result.verdict is Verdict.passed
    assert result.sealed is None


def test_a_broken_reference_is_reported_as_a_content_error(
    make_exercise: MakeExercise, local_grader: Grader
) -> None:
    root = _exercise(make_exercise, "    return 'ok'", reference="def run():\n    return 'no'\n")
    result = local_grader.grade(root)
    assert result.verdict is Verdict.error
    assert "its reference solution does not pass its own tests" in (result.message or "")


def test_reference_runs_are_cached_on_disk(make_exercise: MakeExercise, tmp_path: Path) -> None:
    root = _exercise(make_exercise, "    return 'ok'", reference="def run():\n    return 'ok'\n")
    cache = tmp_path / "cache"
    with Grader(workers=1, isolation="local", cache_dir=cache) as grader:
        assert grader.grade(root).verdict is Verdict.passed
    stored = list(cache.glob("*.json"))
    assert len(stored) == 1
    data = json.loads(stored[0].read_text())
    assert data["nodeids"] == ["probe_test.py::test_runs", "probe_test.py::test_again"]
    data["nodeids"] = ["probe_test.py::test_runs"]  # a cache that disagrees is believed...
    stored[0].write_text(json.dumps(data))
    with Grader(workers=1, isolation="local", cache_dir=cache) as grader:
        assert grader.grade(root).verdict is Verdict.error  # ... so it was really read
    stored[0].write_text("{not json")
    with Grader(workers=1, isolation="local", cache_dir=cache) as grader:
        assert grader.grade(root).verdict is Verdict.passed  # unreadable: computed again


@pytest.mark.parametrize("zone", TIME_ZONES)
def test_jobs_run_in_an_odd_local_time_zone(
    zone: str, make_exercise: MakeExercise, local_grader: Grader
) -> None:
    code = """
import os, time
odd = time.timezone % 3600 or time.altzone % 3600
return "ok" if time.daylight and odd and os.environ["TZ"] == ZONE else os.environ["TZ"]
""".replace("ZONE", repr(zone))
    result = local_grader.grade(
        _exercise(make_exercise, _body(code)), environment=JobEnvironment(tz=zone)
    )
    assert result.verdict is Verdict.passed, result.model_dump_json(indent=2)


def test_plain_test_classes_and_late_node_types_work(
    make_exercise: MakeExercise, local_grader: Grader
) -> None:
    """Node classes the warm-up never built are built in jobs, with the classes frozen."""
    tests = (
        "from probe import run\n\n\nclass TestRun:\n    def test_it(self):\n"
        "        assert run() == 'ok'\n"
    )
    root = make_exercise(
        "probe",
        {"probe.py": "def run():\n    return 'ok'\n", "probe_test.py": tests},
        solution=["probe.py"],
    )
    result = local_grader.grade(root)
    assert result.verdict is Verdict.passed, result.model_dump_json(indent=2)
    assert [test.name for test in result.tests] == ["TestRun.test_it"]


def test_a_job_trusts_no_public_certificate_authority(
    make_exercise: MakeExercise, sandbox_grader: Grader
) -> None:
    # No network: httpx's client TLS context loads nothing instead of certifi's bundle.
    code = """
import httpx
stats = httpx.create_ssl_context().cert_store_stats()
return "ok" if stats["x509_ca"] == 0 else f"{stats} authorities"
"""
    result = sandbox_grader.grade(_exercise(make_exercise, _body(code)))
    assert result.verdict is Verdict.passed, result.model_dump_json(indent=2)
