"""Write-the-tests grading through the real grader: bugs caught, requirements, coverage, and
test files that try to tell the implementations apart by anything but their behaviour."""

from __future__ import annotations

import hashlib
import json
import shutil
import textwrap
from pathlib import Path

from pyhero.grading import Grader, GradeResult, Verdict

FIXTURE = Path(__file__).parents[1] / "fixtures" / "writetests" / "shelf-stock"
REFERENCE = (FIXTURE / ".meta" / "example.py").read_text(encoding="utf-8")
REAL = (FIXTURE / "shelf.py").read_text(encoding="utf-8")
BUGS = sorted(
    path.read_text(encoding="utf-8") for path in (FIXTURE / ".meta" / "bugs").glob("*.py")
)


def _grade(grader: Grader, source: str, trusted: Path = FIXTURE) -> GradeResult:
    return grader.grade_files(trusted, {"test_shelf.py": textwrap.dedent(source)})


def _lines(result: GradeResult, prefix: str) -> dict[str, str]:
    return {
        t.name.removeprefix(prefix): t.status for t in result.tests if t.name.startswith(prefix)
    }


def test_the_reference_tests_catch_every_bug_and_meet_every_requirement(
    sandbox_grader: Grader,
) -> None:
    result = _grade(sandbox_grader, REFERENCE)
    assert result.verdict is Verdict.passed, result.summary()
    assert result.bugs is not None
    assert (result.bugs.caught, result.bugs.total, result.bugs.coverage) == (3, 3, 100.0)
    assert set(_lines(result, "bug: ").values()) == {"pass"}
    assert set(_lines(result, "requirement: ").values()) == {"pass"}
    caught = next(t for t in result.tests if t.name == "bug: Taking zero units is accepted")
    assert caught.output == "caught by test_units_must_be_positive[0]"


def test_the_stub_catches_nothing_and_each_missing_requirement_is_a_line(
    local_grader: Grader,
) -> None:
    result = local_grader.grade(FIXTURE)
    assert result.verdict is Verdict.failed
    assert result.bugs is not None
    assert result.bugs.judged
    assert result.bugs.caught == 0
    assert set(_lines(result, "bug: ").values()) == {"fail"}
    assert _lines(result, "requirement: ") == {
        "at least 4 test functions": "fail",
        "a fixture of your own": "fail",
        "a test marked parametrize": "fail",
        "coverage of shelf.py at least 100%": "fail",
    }
    coverage = next(t for t in result.tests if t.name.startswith("requirement: coverage"))
    assert coverage.message is not None
    assert "not run: lines 13, 16, 23" in coverage.message


def test_tests_that_fail_against_the_real_module_judge_no_bug(local_grader: Grader) -> None:
    result = _grade(
        local_grader,
        """
        import shelf

        def test_low_includes_the_threshold():
            assert shelf.low({"a": 3}) == ["a"]
        """,
    )
    assert result.verdict is Verdict.failed
    assert result.bugs is not None
    assert not result.bugs.judged
    assert result.message is not None
    assert "must pass against shelf.py first" in result.message
    bug_lines = [t for t in result.tests if t.name.startswith("bug: ")]
    assert all("Not judged yet" in (t.message or "") for t in bug_lines)


def test_a_bug_the_tests_miss_fails_the_grading_and_names_the_bug(local_grader: Grader) -> None:
    weak = REFERENCE.replace("[0, -1]", "[-1]")
    result = _grade(local_grader, weak)
    assert result.verdict is Verdict.failed
    assert result.bugs is not None
    assert result.bugs.caught == 2
    assert _lines(result, "bug: ")["Taking zero units is accepted"] == "fail"


def test_a_collection_error_is_an_error_verdict(local_grader: Grader) -> None:
    result = _grade(local_grader, "import shelf\ndef test_(:\n")
    assert result.verdict is Verdict.error


def _with_config(tmp_path: Path, **tests: object) -> Path:
    target = tmp_path / "shelf-stock"
    shutil.copytree(FIXTURE, target)
    config_path = target / ".meta" / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["pyhero"]["tests"].update(tests)
    if tests.get("conftest"):
        config["files"]["solution"].append("conftest.py")
    config_path.write_text(json.dumps(config), encoding="utf-8")
    return target


CONFTEST_FIXTURE = """
import pytest

@pytest.fixture
def stock():
    return {"apple": 5, "pear": 1}
"""


def test_fixtures_from_the_learners_conftest_are_shared(
    local_grader: Grader, tmp_path: Path
) -> None:
    trusted = _with_config(tmp_path, conftest=True, fixtures=["stock"])
    tests = REFERENCE.replace(CONFTEST_FIXTURE.split("\n\n", 1)[1].strip(), "")
    assert "def stock" not in tests
    result = local_grader.grade_files(
        trusted, {"test_shelf.py": tests, "conftest.py": CONFTEST_FIXTURE}
    )
    assert result.verdict is Verdict.passed, result.summary()
    assert _lines(result, "requirement: ")["a fixture shared through conftest.py"] == "pass"
    assert _lines(result, "requirement: ")["a fixture named stock"] == "pass"
    in_file = local_grader.grade_files(trusted, {"test_shelf.py": REFERENCE, "conftest.py": ""})
    assert _lines(in_file, "requirement: ")["a fixture shared through conftest.py"] == "fail"


def test_a_conftest_with_hooks_is_refused(local_grader: Grader, tmp_path: Path) -> None:
    trusted = _with_config(tmp_path, conftest=True)
    hooks = CONFTEST_FIXTURE + "\ndef pytest_runtest_makereport(item, call):\n    pass\n"
    result = local_grader.grade_files(trusted, {"test_shelf.py": REFERENCE, "conftest.py": hooks})
    assert result.verdict is Verdict.error
    assert "fixtures only" in (result.message or "")


def test_named_markers_and_fixtures_are_required(local_grader: Grader, tmp_path: Path) -> None:
    trusted = _with_config(tmp_path, fixtures=["warehouse"], markers=["slow"])
    result = local_grader.grade_files(trusted, {"test_shelf.py": REFERENCE})
    assert result.verdict is Verdict.failed
    lines = _lines(result, "requirement: ")
    assert lines["a fixture named warehouse"] == "fail"
    assert lines["a test marked slow"] == "fail"


# -- telling the implementations apart -------------------------------------------------------

FINGERPRINTS = """
import hashlib, inspect, json, os, sys, time
import shelf

def _show(label, value):
    print(label, hashlib.sha256(repr(value).encode()).hexdigest()[:16])

def test_fingerprints():
    here = os.path.dirname(shelf.__file__)
    _show("file", (shelf.__file__, shelf.__cached__, shelf.__name__, shelf.__package__))
    _show("spec", (shelf.__spec__.name, shelf.__spec__.origin, type(shelf.__loader__).__name__))
    _show("hash", hashlib.sha256(open(shelf.__file__, "rb").read()).hexdigest())
    _show("getsource", inspect.getsource(shelf) + inspect.getsource(shelf.take))
    _show("lines", [inspect.getsourcelines(f)[1] for f in (shelf.take, shelf.low)])
    _show("docs", [shelf.__doc__, shelf.take.__doc__, shelf.low.__doc__, shelf.OutOfStock.__doc__])
    _show("names", sorted(n for n in vars(shelf) if n != "__builtins__"))
    _show("signatures", [str(inspect.signature(f)) for f in (shelf.take, shelf.low)])
    _show("env", sorted(os.environ.items()))
    _show("tz", (time.tzname, time.timezone))
    _show("listing", sorted(os.listdir(here)))
    _show("meta", os.path.exists(os.path.join(here, ".meta")))
    _show("path", sys.path)
    _show("argv", sys.argv)
    _show("modules", sorted(n for n in sys.modules if not n.startswith("_")))
    _show("stat", [(s.st_size, s.st_mode) for s in [os.stat(shelf.__file__)]])
"""


def test_every_job_looks_the_same_from_inside_but_for_behaviour(sandbox_grader: Grader) -> None:
    """Under bubblewrap every job sees the same paths; in local mode each run directory has
    its own random name, which says nothing about the implementation either."""
    results = sandbox_grader.grade_tests_against(
        FIXTURE, {"test_shelf.py": FINGERPRINTS}, [REAL, *BUGS]
    )
    outputs = [
        next(t.output for t in result.tests if t.name == "test_fingerprints") for result in results
    ]
    assert outputs[0] is not None
    assert outputs[0].count("\n") >= 15, outputs[0]
    real_lines = outputs[0].splitlines()
    for output in outputs[1:]:
        assert output is not None
        different = [
            a.split()[0] for a, b in zip(real_lines, output.splitlines(), strict=True) if a != b
        ]
        assert different == []


def test_a_test_file_that_checks_the_module_text_catches_nothing(sandbox_grader: Grader) -> None:
    digest = hashlib.sha256(REAL.encode()).hexdigest()
    source = f"""
    import hashlib, inspect
    import shelf

    def test_this_is_the_real_module():
        assert hashlib.sha256(open(shelf.__file__, "rb").read()).hexdigest() == {digest!r}
        assert inspect.getsource(shelf) == open(shelf.__file__).read()
    """
    result = _grade(sandbox_grader, source)
    assert result.verdict is Verdict.failed
    assert result.bugs is not None
    assert result.bugs.judged
    assert result.bugs.caught == 0


def test_the_job_message_keeps_no_source_for_the_tests_to_find(sandbox_grader: Grader) -> None:
    """The harness's frames hold nothing of the implementation once the tests run."""
    source = """
    import sys
    import shelf

    def test_no_harness_frame_names_the_implementation():
        frame = sys._getframe(0)
        seen = []
        while frame is not None:
            seen.extend(repr(value)[:20000] for value in frame.f_locals.values())
            frame = frame.f_back
        assert not any("units > held" in text for text in seen)
    """
    result = _grade(sandbox_grader, source)
    test = next(
        t for t in result.tests if t.name == "test_no_harness_frame_names_the_implementation"
    )
    assert test.status == "pass", test.message
    assert result.bugs is not None
    assert result.bugs.caught == 0


def test_a_test_that_compares_the_modules_code_with_the_file_is_tampering(
    sandbox_grader: Grader,
) -> None:
    """The code compiled into the module is the one thing that differs between the jobs:
    the tests may not read it, by any road (function, deputy, traceback, callback frame)."""
    roads = {
        "function": "shelf.take.__code__",
        "dis": "__import__('dis').Bytecode(shelf.take).codeobj",
        "traceback": "_raised().tb_next.tb_frame.f_code",
        "getframe": "_called_back()",
    }
    for road, expression in roads.items():
        source = f"""
        import sys
        import shelf

        def _raised():
            try:
                shelf.take({{}}, "a", 0)
            except ValueError as error:
                return error.__traceback__

        def _called_back():
            found = []
            class Spy(dict):
                def get(self, code, default):
                    found.append(sys._getframe(1).f_code)
                    return 5
            shelf.take(Spy(), "a", 1)
            return found[0]

        def _real(name):
            namespace = {{}}
            exec(compile(open(shelf.__file__).read(), shelf.__file__, "exec"), namespace)
            return namespace[name].__code__

        def test_this_is_the_real_module():
            code = {expression}
            assert code.co_code == _real(code.co_name).co_code
        """
        result = _grade(sandbox_grader, source)
        assert result.verdict is Verdict.tampered, (road, result.summary())
        assert result.message is not None
        assert "of the module under test" in result.message, (road, result.message)
