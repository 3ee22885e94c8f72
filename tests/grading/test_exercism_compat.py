"""Exercism compatibility: exercises in Exercism's Python-track layout grade like Exercism's runner.

The exercises are ours (``tests/fixtures/exercism/``) and cover unittest- and pytest-style
tests, ``@pytest.mark.task``, parametrize, ``self.subTest``, two solution files, a directory
without ``.meta/config.json`` and hidden tests.  Each is graded in a copy under ``tmp_path``.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pyhero.grading import Grader, GradeResult, Verdict

FIXTURES = Path(__file__).parent.parent / "fixtures" / "exercism"
EXERCISM_TOP = {"version", "status", "message", "tests"}
EXERCISM_TEST = {"name", "status", "message", "output", "test_code", "task_id"}


@dataclass(frozen=True)
class Expected:
    slug: str
    names: tuple[str, ...]  # in test-file order (visible tests, then hidden ones)
    task_ids: tuple[int | None, ...]
    code: tuple[str, ...]  # one line of each test's body, found in its test_code


def _untasked(slug: str, names: tuple[str, ...], code: tuple[str, ...]) -> Expected:
    return Expected(slug, names, (None,) * len(names), code)


_LOGFMT = "LogfmtLevelsTest."
_INVENTORY = "InventoryCountsTest."
EXPECTED = [
    Expected(
        "logfmt-levels",
        tuple(
            _LOGFMT + name
            for name in (
                "test_level_of_a_warning_line",
                "test_level_of_a_line_without_level",
                "test_severity_of_known_levels",
                "test_severity_of_an_unknown_level",
                "test_is_alert_at_the_threshold",
                "test_is_alert_below_the_threshold",
            )
        ),
        (1, 1, 2, 2, 3, 3),
        (
            'self.assertEqual(level_of(line), "WARN"',
            'self.assertEqual(level_of(line), "UNKNOWN")',
            'self.assertEqual(severity("Warn"), 30)',
            'self.assertEqual(severity("chatty"), 0)',
            'self.assertIs(is_alert("level=error msg=boom", 40), True)',
            'self.assertIs(is_alert("level=info msg=started", 30), False)',
        ),
    ),
    _untasked(
        "shipping-cost",
        (
            "test_one_kilogram_at_home",
            "test_started_kilograms_are_rounded_up",
            "test_three_kilograms_in_each_zone[domestic-810]",
            "test_three_kilograms_in_each_zone[europe-1650]",
            "test_three_kilograms_in_each_zone[world-2700]",
            "test_weight_must_be_positive",
            "test_zone_must_be_known",
        ),
        (
            'assert cost(1, "domestic") == 570',
            'assert cost(1.2, "domestic") == cost(2, "domestic") == 690',
            "assert cost(3, zone) == expected",
            "assert cost(3, zone) == expected",
            "assert cost(3, zone) == expected",
            'cost(0, "europe")',
            'cost(2, "moon")',
        ),
    ),
    _untasked(
        "inventory-counts",
        tuple(
            _INVENTORY + name
            for name in (
                "test_restock_adds_each_delivery",
                "test_restock_leaves_the_input_alone",
                "test_low_stock_is_sorted",
                "test_total_items",
            )
        ),
        (
            "with self.subTest(counts=counts, deliveries=deliveries):",
            'restock(counts, [("tea", 5)])',
            "with self.subTest(minimum=minimum):",
            "self.assertEqual(total_items({}), 0)",
        ),
    ),
    _untasked(
        "parcel-labels",
        (
            "test_normalise_removes_spaces",
            "test_normalise_keeps_a_clean_postcode",
            "test_label_has_three_lines",
        ),
        (
            'assert normalise(" sw1a 1aa ") == "SW1A1AA"',
            'assert normalise("EC1A1BB") == "EC1A1BB"',
            '"Ada Lovelace\\n12 Analytical Row\\nNW12AA"',
        ),
    ),
    _untasked(
        "temperature-log",
        (
            "test_parse_celsius",
            "test_parse_fahrenheit",
            "test_parse_without_unit",
            "test_daily_range_mixed_units",
            "test_daily_range_single_reading",
        ),
        (
            'assert parse("21.5C") == 21.5',
            'assert parse("212F") == 100.0',
            'parse("21.5")',
            'assert daily_range(["10C", "68F", "15C"]) == 10.0',
            'assert daily_range(["3.3C"]) == 0.0',
        ),
    ),
    _untasked(
        "word-budget",
        (
            "test_short_text_is_unchanged",
            "test_cut_at_a_word_boundary",
            "test_exact_fit_is_unchanged",
            "test_hidden_long_sentence",
            "test_hidden_nothing_fits",
        ),
        (
            'assert shorten("all good", 20) == "all good"',
            'assert shorten("backup failed on host seven", 16) == "backup failed..."',
            'assert shorten("twelve chars", 12) == "twelve chars"',
            'shorten("deploy finished on all eleven production hosts", 25)',
            'assert shorten("incomprehensibilities", 5) == "..."',
        ),
    ),
]
BY_SLUG = {expected.slug: expected for expected in EXPECTED}


def _solutions(exercise: Path) -> list[tuple[str, str]]:
    """(solution file, reference file) pairs, from .meta/config.json or the fallback."""
    config = exercise / ".meta" / "config.json"
    if not config.is_file():
        snake = exercise.name.replace("-", "_")
        return [(f"{snake}.py", ".meta/example.py")]
    files = json.loads(config.read_text(encoding="utf-8"))["files"]
    references = files.get("example") or files.get("exemplar")
    return list(zip(files["solution"], references, strict=True))


def _copy(slug: str, target: Path, *, reference: bool) -> Path:
    exercise = shutil.copytree(FIXTURES / slug, target / slug)
    if reference:
        for solution, example in _solutions(exercise):
            shutil.copyfile(exercise / example, exercise / solution)
    return exercise


def _with_solution(slug: str, target: Path, name: str, text: str) -> Path:
    exercise = _copy(slug, target, reference=True)
    (exercise / name).write_text(text, encoding="utf-8")
    return exercise


def _check_exercism_shape(result: GradeResult) -> None:
    out = result.to_exercism()
    assert json.loads(json.dumps(out)) == out
    assert {"version", "status", "tests"} <= set(out) <= EXERCISM_TOP
    assert out["version"] == 3
    assert out["status"] == result.status
    assert out.get("message") is None or result.status == "error"
    for test, model in zip(out["tests"], result.tests, strict=True):
        assert {"name", "status", "test_code"} <= set(test) <= EXERCISM_TEST
        assert (test["name"], test["status"]) == (model.name, model.status)


@pytest.fixture(scope="module")
def grader() -> Iterator[Grader]:
    with Grader() as grader:
        yield grader


def test_every_fixture_is_covered() -> None:
    slugs = {path.name for path in FIXTURES.iterdir() if path.is_dir()}
    assert slugs == set(BY_SLUG)


@pytest.mark.parametrize("slug", sorted(BY_SLUG))
def test_reference_solution_passes(grader: Grader, tmp_path: Path, slug: str) -> None:
    expected = BY_SLUG[slug]
    result = grader.grade(_copy(slug, tmp_path, reference=True))
    assert (result.verdict, result.status) == (Verdict.passed, "pass"), result.message
    assert result.passed
    assert result.exercise == slug
    assert result.isolation == grader.isolation
    assert result.message is None
    assert [test.name for test in result.tests] == list(expected.names)
    assert [test.status for test in result.tests] == ["pass"] * len(expected.names)
    assert [test.task_id for test in result.tests] == list(expected.task_ids)
    for test, line in zip(result.tests, expected.code, strict=True):
        assert line in test.test_code, test.test_code
        assert not test.test_code.startswith(("def ", "@")), test.test_code
        assert test.message is None
        assert test.duration_ms >= 0
    assert result.duration_ms > 0
    _check_exercism_shape(result)


@pytest.mark.parametrize("slug", sorted(BY_SLUG))
def test_stub_fails(grader: Grader, tmp_path: Path, slug: str) -> None:
    expected = BY_SLUG[slug]
    result = grader.grade(_copy(slug, tmp_path, reference=False))
    assert (result.verdict, result.status) == (Verdict.failed, "fail"), result.message
    assert not result.passed
    assert [test.name for test in result.tests] == list(expected.names)
    assert any(test.status != "pass" for test in result.tests)
    for test in result.tests:
        assert (test.status == "pass") == (test.message is None), test
    _check_exercism_shape(result)


@pytest.mark.parametrize("slug", sorted(BY_SLUG))
def test_grade_files_uses_the_trusted_exercise(grader: Grader, slug: str) -> None:
    files = {
        solution: (FIXTURES / slug / example).read_text(encoding="utf-8")
        for solution, example in _solutions(FIXTURES / slug)
    }
    result = grader.grade_files(FIXTURES / slug, files)
    assert result.verdict is Verdict.passed, result.message
    assert [test.name for test in result.tests] == list(BY_SLUG[slug].names)


def test_a_wrong_solution_fails_with_expected_and_actual(grader: Grader, tmp_path: Path) -> None:
    wrong = "def cost(weight_kg, zone):\n    return 4321\n"
    result = grader.grade(_with_solution("shipping-cost", tmp_path, "shipping_cost.py", wrong))
    assert (result.verdict, result.status) == (Verdict.failed, "fail")
    first = result.tests[0]
    assert first.status == "fail"
    assert first.message is not None
    assert "4321" in first.message
    assert "570" in first.message


def test_a_unittest_failure_shows_expected_and_actual(grader: Grader, tmp_path: Path) -> None:
    source = (FIXTURES / "logfmt-levels/.meta/exemplar.py").read_text(encoding="utf-8")
    wrong = source.replace("return value.upper()", "return value")
    result = grader.grade(_with_solution("logfmt-levels", tmp_path, "logfmt_levels.py", wrong))
    assert result.verdict is Verdict.failed
    failing = {test.name: test for test in result.tests if test.status != "pass"}
    assert set(failing) == {"LogfmtLevelsTest.test_level_of_a_warning_line"}
    message = failing["LogfmtLevelsTest.test_level_of_a_warning_line"].message or ""
    assert "'warn'" in message
    assert "'WARN'" in message
    assert "level_of should return the level in upper case" in message


def test_a_failing_subtest_fails_its_test(grader: Grader, tmp_path: Path) -> None:
    source = (FIXTURES / "inventory-counts/.meta/example.py").read_text(encoding="utf-8")
    wrong = source.replace("updated.get(name, 0) + quantity", "quantity")
    result = grader.grade(
        _with_solution("inventory-counts", tmp_path, "inventory_counts.py", wrong)
    )
    assert result.verdict is Verdict.failed
    statuses = {test.name: test.status for test in result.tests}
    assert statuses == {
        "InventoryCountsTest.test_restock_adds_each_delivery": "fail",
        "InventoryCountsTest.test_restock_leaves_the_input_alone": "pass",
        "InventoryCountsTest.test_low_stock_is_sorted": "pass",
        "InventoryCountsTest.test_total_items": "pass",
    }
    failing = next(test for test in result.tests if test.status == "fail")
    message = failing.message or ""
    assert "{'tea': 4}" in message
    assert "{'tea': 7}" in message


def test_two_solution_files_are_both_used(grader: Grader, tmp_path: Path) -> None:
    wrong = "def normalise(postcode):\n    return postcode\n"
    result = grader.grade(_with_solution("parcel-labels", tmp_path, "postcodes.py", wrong))
    assert result.verdict is Verdict.failed
    assert [test.status for test in result.tests] == ["fail", "pass", "fail"]


def test_hidden_tests_catch_a_solution_fitted_to_the_visible_ones(
    grader: Grader, tmp_path: Path
) -> None:
    fitted = (
        "def shorten(text, limit):\n"
        "    return {'backup failed on host seven': 'backup failed...'}.get(text, text)\n"
    )
    workspace = _with_solution("word-budget", tmp_path, "word_budget.py", fitted)
    shutil.rmtree(workspace / ".meta")  # a learner's workspace: no reference, no hidden tests
    result = grader.grade(workspace, trusted_dir=FIXTURES / "word-budget")
    assert result.verdict is Verdict.failed
    assert [(test.name, test.status) for test in result.tests] == [
        ("test_short_text_is_unchanged", "pass"),
        ("test_cut_at_a_word_boundary", "pass"),
        ("test_exact_fit_is_unchanged", "pass"),
        ("test_hidden_long_sentence", "fail"),
        ("test_hidden_nothing_fits", "fail"),
    ]


def test_output_is_captured_per_test(grader: Grader, tmp_path: Path) -> None:
    source = (FIXTURES / "temperature-log/.meta/example.py").read_text(encoding="utf-8")
    noisy = source.replace(
        "def parse(reading):\n", "def parse(reading):\n    print(f'parsing {reading}')\n"
    )
    result = grader.grade(_with_solution("temperature-log", tmp_path, "temperature_log.py", noisy))
    assert result.verdict is Verdict.passed
    outputs = [test.output for test in result.tests]
    assert outputs[0] is not None
    assert "parsing 21.5C" in outputs[0]
    assert "parsing 212F" not in outputs[0]
    assert outputs[1] is not None
    assert "parsing 212F" in outputs[1]
    assert result.to_exercism()["tests"][0]["output"] == outputs[0]


def test_output_is_capped_at_500_characters_with_a_notice(grader: Grader, tmp_path: Path) -> None:
    source = (FIXTURES / "temperature-log/.meta/example.py").read_text(encoding="utf-8")
    noisy = source.replace(
        "def parse(reading):\n", "def parse(reading):\n    print('0123456789' * 300)\n"
    )
    result = grader.grade(_with_solution("temperature-log", tmp_path, "temperature_log.py", noisy))
    assert result.verdict is Verdict.passed
    output = result.tests[0].output
    assert output is not None
    assert output.startswith("0123456789" * 50)
    kept = output.count("0123456789")
    assert kept <= 50
    notice = output[len("0123456789" * kept) :]
    assert "truncated" in notice.lower()
    assert len(output) < 700
