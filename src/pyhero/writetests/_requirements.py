"""Structural requirements and coverage of a write-the-tests submission, judged on the host.

The job reports, after collection, what each collected test uses (its fixtures and where
they are defined, its markers) and, at the end of the session, which lines of the module
under test ran.  Both are untrusted data: anything malformed is ignored, which can only
make a requirement fail.  Statements are counted here, from the trusted source, with
coverage.py's own parser.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pyhero.writetests._spec import WriteTestsKeys

__all__ = ["Requirement", "count_test_functions", "coverage_of", "requirements"]

_EXCLUDE = r"#\s*(pragma|PRAGMA)[:\s]?\s*(no|NO)\s*(cover|COVER)"
_LEARNER = frozenset({"test file", "conftest"})


@dataclass(frozen=True, slots=True)
class Requirement:
    """One requirement as a result line: its label, whether it holds, and why not."""

    label: str
    passed: bool
    message: str | None = None


@dataclass(frozen=True, slots=True)
class _Test:
    function: str
    fixtures: Mapping[str, str]
    markers: frozenset[str]


def _tests(collection: Mapping[str, Any] | None) -> list[_Test]:
    """The collected tests the job described, keeping only well-formed entries."""
    raw = collection.get("tests") if collection is not None else None
    found: list[_Test] = []
    for entry in raw if isinstance(raw, list) else ():
        if not isinstance(entry, dict) or not isinstance(entry.get("function"), str):
            continue
        fixtures = entry.get("fixtures")
        markers = entry.get("markers")
        found.append(
            _Test(
                entry["function"],
                {
                    name: origin
                    for name, origin in (fixtures.items() if isinstance(fixtures, dict) else ())
                    if isinstance(name, str) and isinstance(origin, str)
                },
                frozenset(
                    m for m in (markers if isinstance(markers, list) else ()) if isinstance(m, str)
                ),
            )
        )
    return found


def count_test_functions(collection: Mapping[str, Any] | None) -> int:
    """How many test functions were collected (a parametrized one counts once)."""
    return len({test.function for test in _tests(collection)})


def _missing_lines(lines: Iterable[int]) -> str:
    """``3, 7-9, 12``: the line numbers as ranges."""
    ranges: list[list[int]] = []
    for line in sorted(lines):
        if ranges and line == ranges[-1][1] + 1:
            ranges[-1][1] = line
        else:
            ranges.append([line, line])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)


def coverage_of(source: str, executed: Iterable[int]) -> tuple[float, str]:
    """Percent of the statements of ``source`` among the ``executed`` lines, and the missing
    ones as text (coverage.py's statement analysis, ``pragma: no cover`` honoured)."""
    from coverage.parser import PythonParser

    parser = PythonParser(text=source, exclude=_EXCLUDE)
    parser.parse_source()
    statements = set(parser.statements)
    ran = parser.translate_lines(line for line in executed if isinstance(line, int))
    missing = statements - ran
    if not statements:
        return 100.0, ""
    return 100.0 * (len(statements) - len(missing)) / len(statements), _missing_lines(missing)


def requirements(
    keys: WriteTestsKeys,
    collection: Mapping[str, Any] | None,
    coverage: Mapping[str, Any] | None,
    source: str,
) -> tuple[list[Requirement], float | None]:
    """Each requirement of the exercise, judged on the run against the real module, and the
    measured coverage (``None`` when the job did not measure it)."""
    tests = _tests(collection)
    found: list[Requirement] = []
    functions = len({test.function for test in tests})
    if keys.min_tests > 1:
        found.append(
            Requirement(
                f"at least {keys.min_tests} test functions",
                functions >= keys.min_tests,
                f"Your file has {functions} test functions; write at least {keys.min_tests} "
                "(a parametrized function counts once).",
            )
        )
    own = {name for test in tests for name, origin in test.fixtures.items() if origin in _LEARNER}
    found.extend(
        Requirement(
            f"a fixture named {name}",
            name in own,
            f"Define a fixture named {name!r} and use it in your tests.",
        )
        for name in keys.fixtures
    )
    if keys.own_fixture:
        found.append(
            Requirement(
                "a fixture of your own",
                bool(own),
                "No test uses a fixture you defined: move shared setup into a fixture.",
            )
        )
    if keys.conftest:
        shared = any(origin == "conftest" for test in tests for origin in test.fixtures.values())
        found.append(
            Requirement(
                "a fixture shared through conftest.py",
                shared,
                "No test uses a fixture defined in conftest.py.",
            )
        )
    markers = set().union(*(test.markers for test in tests)) if tests else set()
    wanted = [*(["parametrize"] if keys.parametrize else []), *keys.markers]
    found.extend(
        Requirement(
            f"a test marked {marker}",
            marker in markers,
            f"No test carries @pytest.mark.{marker}.",
        )
        for marker in dict.fromkeys(wanted)
    )
    measured: float | None = None
    if coverage is not None and coverage.get("measured") is True:
        lines = coverage.get("lines")
        measured, missing = coverage_of(source, lines if isinstance(lines, list) else [])
    if keys.coverage is not None:
        label = f"coverage of {keys.module} at least {keys.coverage:g}%"
        if measured is None:
            found.append(Requirement(label, False, "Coverage could not be measured."))
        else:
            found.append(
                Requirement(
                    label,
                    measured >= keys.coverage,
                    f"Your tests run {measured:.1f}% of {keys.module}'s statements; "
                    f"not run: lines {missing}.",
                )
            )
    return found, measured
