"""Requirements judged from what a job reported (untrusted data)."""

from __future__ import annotations

from pyhero.writetests import WriteTestsKeys, count_test_functions, coverage_of, requirements

SOURCE = "def f(x):\n    if x:\n        return 1\n    return 2  # pragma: no cover\n"


def _keys(**extra: object) -> WriteTestsKeys:
    return WriteTestsKeys.model_validate({"module": "m.py", "bugs": {"b": "A bug"}, **extra})


def _test(function: str, fixtures: dict[str, str], markers: list[str]) -> dict[str, object]:
    return {"function": function, "fixtures": fixtures, "markers": markers}


def test_coverage_counts_statements_and_honours_pragmas() -> None:
    assert coverage_of(SOURCE, [1, 2]) == (200 / 3, "3")
    assert coverage_of(SOURCE, [1, 2, 3]) == (100.0, "")


def test_a_parametrized_function_counts_once() -> None:
    collection = {"tests": [_test("t.py::test_a", {}, ["parametrize"])] * 3}
    assert count_test_functions(collection) == 1


def test_each_requirement_is_judged() -> None:
    keys = _keys(
        min_tests=2,
        fixtures=["stock"],
        own_fixture=True,
        conftest=True,
        parametrize=True,
        markers=["asyncio"],
        coverage=90,
    )
    collection = {
        "tests": [
            _test("t.py::test_a", {"stock": "conftest", "tmp_path": "pytest"}, ["parametrize"]),
            _test("t.py::test_b", {}, ["asyncio"]),
        ]
    }
    found, measured = requirements(keys, collection, {"measured": True, "lines": [1, 2]}, SOURCE)
    assert {r.label: r.passed for r in found} == {
        "at least 2 test functions": True,
        "a fixture named stock": True,
        "a fixture of your own": True,
        "a fixture shared through conftest.py": True,
        "a test marked parametrize": True,
        "a test marked asyncio": True,
        "coverage of m.py at least 90%": False,
    }
    assert measured is not None
    assert round(measured, 1) == 66.7


def test_malformed_reports_only_make_requirements_fail() -> None:
    keys = _keys(min_tests=2, own_fixture=True, coverage=10)
    junk = {"tests": [1, {"function": 3}, {"function": "x", "fixtures": [], "markers": "no"}]}
    found, measured = requirements(keys, junk, {"measured": "yes", "lines": "1"}, SOURCE)
    assert measured is None
    assert [r.passed for r in found] == [False, False, False]
