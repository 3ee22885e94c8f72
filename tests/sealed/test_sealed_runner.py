"""The runner API the grader uses, and the comparison and feedback on the host."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from pyhero.sealed import (
    Case,
    Interrupted,
    SealedContentError,
    agree,
    compare_runs,
    describe_case,
    describe_observation,
    generate_cases,
    load_sealed,
    run_case,
    solution_module_name,
)
from pyhero.sealed._compare import difference

from .conftest import ModuleFactory

SEALED = '''
"""Sealed cases of a tiny exercise."""

from datetime import timedelta
from decimal import Decimal

from pyhero.sealed import Case, gen, observe

SOLUTION = "tiny"


def cases(rng):
    for _ in range(5):
        yield Case.call("double", gen.integer(rng, -100, 100), task=1)
    yield Case.call("double", "x" * 500, task=1, group="double: text")
    yield Case.call("halve", Decimal("1.10"), task=2, errors=("OddError",), message=True)
    yield Case.probe(both, 3, width=timedelta(minutes=5), task=2)


def both(solution, value, width):
    return {"double": observe(solution.double, value), "width": width}
'''

REFERENCE = """
class OddError(ValueError):
    pass


def double(value):
    return value * 2


def halve(value):
    raise OddError(f"cannot halve {value}")
"""


@pytest.fixture
def sealed(tmp_path: Path) -> ModuleType:
    path = tmp_path / "sealed.py"
    path.write_text(textwrap.dedent(SEALED), encoding="utf-8")
    return load_sealed(path, "_sealed_under_test")


def test_generated_cases_are_json_and_deterministic(sealed: ModuleType) -> None:
    cases = generate_cases(sealed, 7)
    assert json.loads(json.dumps(cases)) == cases
    assert generate_cases(sealed, 7) == cases
    assert generate_cases(sealed, 8) != cases
    assert cases[-1] == {
        "kind": "probe",
        "target": "both",
        "args": [3],
        "kwargs": {"width": {"$timedelta": [0, 300, 0]}},
        "task": 2,
        "group": "both",
        "errors": None,
        "message": False,
        "stress": False,
    }


def test_solution_module_name(sealed: ModuleType) -> None:
    assert solution_module_name(sealed, "default") == "tiny"
    assert solution_module_name(ModuleType("plain"), "default") == "default"
    odd = ModuleType("odd")
    odd.SOLUTION = "not a module"  # type: ignore[attr-defined]
    with pytest.raises(SealedContentError, match="SOLUTION"):
        solution_module_name(odd, "x")


def test_run_case_observes_calls_and_probes(sealed: ModuleType, make_module: ModuleFactory) -> None:
    reference = make_module("tiny", REFERENCE)
    observations = [run_case(sealed, reference, case) for case in generate_cases(sealed, 1)]
    assert observations[6] == {
        "$raised": "OddError",
        "message": "cannot halve 1.10",
    }
    assert observations[7] == {
        "$returned": {
            "$dict": [
                ["double", {"$returned": 6}],
                ["width", {"$timedelta": [0, 300, 0]}],
            ]
        }
    }
    assert json.loads(json.dumps(observations)) == observations


def test_run_case_never_raises_for_the_learners_code(
    sealed: ModuleType, make_module: ModuleFactory
) -> None:
    learner = make_module(
        "tiny",
        """
        import sys

        def double(value):
            sys.exit("bye")

        def halve(value):
            raise KeyboardInterrupt
        """,
    )
    observations = [run_case(sealed, learner, case) for case in generate_cases(sealed, 1)]
    assert observations[0] == {"$raised": "SystemExit"}
    assert observations[6] == {"$raised": "KeyboardInterrupt", "message": ""}
    missing = make_module("tiny", "")
    assert run_case(sealed, missing, generate_cases(sealed, 1)[0]) == {"$raised": "AttributeError"}


def test_the_graders_own_interrupt_goes_through(
    sealed: ModuleType, make_module: ModuleFactory
) -> None:
    learner = make_module(
        "tiny",
        """
        from pyhero.sealed import Interrupted

        def double(value):
            raise Interrupted
        """,
    )
    with pytest.raises(Interrupted):
        run_case(sealed, learner, generate_cases(sealed, 1)[0])


def _module(source: str) -> ModuleType:
    module = ModuleType("_sealed_content")
    exec(textwrap.dedent(source), module.__dict__)
    return module


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("x = 1", "defines no cases(rng) function"),
        ("def cases(rng):\n    return []", "produced no case"),
        ("def cases(rng):\n    yield 42", "case 0: cases() must yield Case objects"),
        (
            "from pyhero.sealed import Case\ndef cases(rng):\n    yield Case.call('f', object())",
            "case 0 (f): argument 1: a builtins.object cannot be a sealed input",
        ),
        (
            "from pyhero.sealed import Case\ndef cases(rng):\n    yield Case.probe(lambda s: s)",
            "the probe must be a module-level function of sealed.py",
        ),
        (
            "from pyhero.sealed import Case\ndef cases(rng):\n    while True:\n"
            "        yield Case.call('f', 1)",
            "more than 5000 cases",
        ),
        ("def cases(rng):\n    raise KeyError('oops')\n    yield", "cases() raised KeyError"),
    ],
)
def test_content_errors_name_the_case(source: str, message: str) -> None:
    with pytest.raises(SealedContentError) as caught:
        generate_cases(_module(source), 1)
    assert message in str(caught.value)


def test_case_options_are_checked() -> None:
    with pytest.raises(SealedContentError, match="task must be a positive int"):
        Case.call("f", task=0)
    with pytest.raises(SealedContentError, match="not a valid regex"):
        Case.call("f", message="(")
    with pytest.raises(SealedContentError, match="errors must be exception class names"):
        Case.call("f", errors=())
    assert Case.call("f", errors="KeyError").errors == ("KeyError",)
    assert Case.call("f", 1, name="passed through").kwargs == {"name": "passed through"}


def test_agree_applies_float_tolerance_and_strict_types() -> None:
    assert agree({"$float": "0.30000000000000004"}, {"$float": "0.3"})
    assert not agree({"$float": "0.3"}, {"$float": "0.31"})
    assert agree({"$float": "nan"}, {"$float": "nan"})
    assert not agree({"$float": "inf"}, {"$float": "-inf"})
    assert agree({"$complex": ["1.0", "0.1"]}, {"$complex": ["1.0", "0.10000000000000001"]})
    assert not agree(True, 1)
    assert not agree(1, {"$float": "1.0"})
    assert not agree([1, 2], [1, 2, 3])
    assert agree(
        {"$dict": [["a", [1, {"$float": "1e-13"}]]]}, {"$dict": [["a", [1, {"$float": "0.0"}]]]}
    )


def _case(group: str, task: int | None = None, stress: bool = False) -> dict[str, Any]:
    return {"kind": "call", "target": "f", "args": [1], "kwargs": {}, "task": task,
            "group": group, "stress": stress}  # fmt: skip


def test_compare_runs_groups_and_reports_the_first_failures() -> None:
    cases = [_case("f", 1)] * 5 + [_case("g", 2)] * 2 + [_case("race", 3, stress=True)]
    expected: list[Any] = [{"$returned": n} for n in range(8)]
    actual: list[Any] = [{"$returned": 0}, {"$returned": 9}, {"$raised": "ValueError"}, None]
    actual += [{"$returned": 9}, {"$returned": 5}, {"$returned": 6}]
    outcomes = compare_runs(cases, expected, actual, shown=2)
    assert [(o.group, o.task, o.total, o.agreed, o.stress) for o in outcomes] == [
        ("f", 1, 5, 1, False),
        ("g", 2, 2, 2, False),
        ("race", 3, 1, 0, True),
    ]
    first = outcomes[0]
    assert not first.passed
    assert outcomes[1].passed
    assert [(f.call, f.got, f.expected) for f in first.failures] == [
        ("f(1)", "returned 9", "returned 1"),
        ("f(1)", "raised ValueError", "returned 2"),
    ]
    assert outcomes[2].failures[0].got == "no observation (the run stopped before this case)"


def test_compare_runs_needs_every_expected_observation() -> None:
    with pytest.raises(ValueError, match="2 cases but 1 expected"):
        compare_runs([_case("f")] * 2, [{"$returned": 1}], [])


def test_descriptions_are_short_and_readable() -> None:
    case = {
        "target": "parse",
        "args": ["2024-05-01T12:00:00+05:45", "x" * 1000],
        "kwargs": {"strict": True},
    }
    text = describe_case(case)
    assert text.startswith("parse('2024-05-01T12:00:00+05:45', 'xxxx")
    assert "…(1000 characters)" in text
    assert text.endswith("strict=True)")
    huge = {"target": "f", "args": [[["y" * 50] * 8] * 8] * 3, "kwargs": {}}
    assert len(describe_case(huge)) <= 300
    assert describe_case(huge).endswith("…")
    assert (
        describe_observation({"$raised": "ValueError", "message": "bad"})
        == "raised ValueError: 'bad'"
    )
    assert describe_observation({"$returned": {"$decimal": "1.10"}}) == "returned Decimal('1.10')"
    assert describe_observation(None).startswith("no observation")
    moment = {
        "$datetime": [
            2024,
            5,
            1,
            6,
            15,
            0,
            0,
            0,
            {"$timezone": [{"$timedelta": [-1, 52200, 0]}, None]},
        ]
    }
    assert (
        render_returned(moment)
        == "returned datetime(2024, 5, 1, 6, 15, tzinfo=timezone(-timedelta(hours=9, minutes=30)))"
    )


def test_huge_numbers_are_described_without_converting_them_to_text() -> None:
    from fractions import Fraction

    from pyhero.sealed import encode_observation

    assert render_returned(encode_observation(2**20000)) == "returned <an integer of 20001 bits>"
    assert render_returned(encode_observation(Fraction(2, 3))) == "returned Fraction(2, 3)"


def render_returned(value: Any) -> str:
    return describe_observation({"$returned": value})


def test_difference_points_into_long_values() -> None:
    expected = {"$returned": [[f"w{n}", n] for n in range(40)]}
    actual = {"$returned": [[f"w{n}", n if n != 23 else 0] for n in range(40)]}
    assert difference(expected, actual) == "at [23][1]: got 0, expected 23"
    shorter = {"$returned": expected["$returned"][:39]}
    assert (
        difference(expected, shorter)
        == "at [39]: got nothing (it ends before), expected ['w39', 39]"
    )
    assert difference({"$returned": 1}, {"$raised": "KeyError"}) == ""
    assert difference({"$returned": [1, 2]}, {"$returned": None}) == ""
