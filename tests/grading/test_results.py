"""Results model: Exercism v3 conversion, output capping and message cleaning."""

from __future__ import annotations

import json

from pyhero.grading import GradeResult, Isolation, TestResult, Verdict
from pyhero.grading._results import cap_output, clean_message, clean_text, safe_text
from pyhero.grading._verdict import clean_collect_error


def _result(verdict: Verdict, status: str, message: str | None = None) -> GradeResult:
    return GradeResult.model_validate(
        {
            "status": status,
            "message": message,
            "verdict": verdict,
            "tests": [
                TestResult(name="T.test_ok", status="pass", test_code="assert f() == 1"),
                TestResult(
                    name="T.test_bad",
                    status="fail",
                    message="AssertionError: 1 != 2",
                    output="hi\n",
                    test_code="self.assertEqual(f(), 2)",
                    task_id=2,
                    duration_ms=1.5,
                ),
            ],
            "duration_ms": 12.0,
            "isolation": Isolation.local,
            "exercise": "demo",
        }
    )


def test_to_exercism_has_exactly_the_v3_keys() -> None:
    data = _result(Verdict.failed, "fail").to_exercism()
    assert data == {
        "version": 3,
        "status": "fail",
        "tests": [
            {"name": "T.test_ok", "status": "pass", "test_code": "assert f() == 1"},
            {
                "name": "T.test_bad",
                "status": "fail",
                "test_code": "self.assertEqual(f(), 2)",
                "message": "AssertionError: 1 != 2",
                "output": "hi\n",
                "task_id": 2,
            },
        ],
    }
    json.dumps(data)


def test_error_status_always_carries_a_message() -> None:
    data = _result(Verdict.timeout, "error").to_exercism()
    assert data["status"] == "error"
    assert data["message"]
    assert _result(Verdict.error, "error", "SyntaxError").to_exercism()["message"] == "SyntaxError"


def test_passed_property_follows_the_verdict() -> None:
    assert _result(Verdict.passed, "pass").passed
    assert not _result(Verdict.tampered, "error").passed


def test_cap_output_keeps_500_characters_and_says_how_many_were_cut() -> None:
    capped = cap_output("x" * 1200)
    assert capped is not None
    assert capped.startswith("x" * 500)
    assert "700 more characters" in capped
    assert cap_output("short") == "short"
    assert cap_output("") is None
    assert "1500 more characters" in (cap_output("y" * 500, total=2000) or "")


def test_clean_text_removes_escape_sequences_and_shows_controls() -> None:
    dirty = "\x1b[31mred\x1b[0m \x1b]0;title\x07ok\x00\x07\r\nline\tend\x9b"
    assert clean_text(dirty) == "red ok\\x00\\x07\nline\tend\\x9b"


def test_clean_message_drops_grader_frames_and_run_directories() -> None:
    text = (
        "Traceback (most recent call last):\n"
        '  File "/venv/site-packages/_pytest/python.py", line 10, in call\n'
        "    return f()\n"
        '  File "/run/exercise/demo.py", line 3, in f\n'
        "    raise ValueError('no')\n"
        "ValueError: no"
    )
    cleaned = clean_message(text, ("/run/exercise",))
    assert "_pytest" not in cleaned
    assert 'File "demo.py", line 3, in f' in cleaned
    assert cleaned.endswith("ValueError: no")


def test_clean_collect_error_reads_like_python() -> None:
    text = (
        "ImportError while importing test module '/run/exercise/demo_test.py'.\n"
        "Hint: make sure your test modules/packages have valid Python names.\n"
        "Traceback:\n"
        "/usr/lib/python3.11/importlib/__init__.py:126: in import_module\n"
        "    return _bootstrap._gcd_import(name[level:], package)\n"
        "demo_test.py:1: in <module>\n"
        "    from demo import f\n"
        "E   ImportError: cannot import name 'f' from 'demo' (/run/exercise/demo.py)"
    )
    cleaned = clean_collect_error(text, ("/run/exercise",))
    assert "importlib" not in cleaned
    assert "Hint" not in cleaned
    assert "ImportError: cannot import name 'f' from 'demo' (demo.py)" in cleaned
    assert "/run/exercise" not in cleaned


HOSTILE_TEXT = "a\ud800b\x00c\u202ed\u2066e\u200ff\u061cg\x1b[2Jh\x9bi\rj"


def test_every_text_field_is_made_safe_at_the_model_boundary() -> None:
    test = TestResult(
        name=HOSTILE_TEXT,
        status="fail",
        message=HOSTILE_TEXT,
        output=HOSTILE_TEXT,
        test_code=HOSTILE_TEXT,
    )
    result = GradeResult(
        status="fail",
        message=HOSTILE_TEXT,
        verdict=Verdict.failed,
        tests=[test],
        duration_ms=1.0,
        isolation=Isolation.local,
        exercise=HOSTILE_TEXT,
    )
    expected = "a\ufffdb\\x00c\\u202ed\\u2066e\\u200ff\\u061cg\\x1b[2Jh\\x9bi\\x0dj"
    texts = [test.name, test.message, test.output, test.test_code, result.message]
    assert texts == [expected] * 5
    assert result.exercise == expected
    result.model_dump_json().encode("utf-8")
    json.dumps(result.to_exercism(), ensure_ascii=False).encode("utf-8")
    again = GradeResult.model_validate_json(result.model_dump_json())
    assert again == result  # idempotent: stored results load unchanged


def test_safe_text_keeps_ordinary_text() -> None:
    text = "Ünïcödé ✓ 日本語 tab\there\nnew line 😀"
    assert safe_text(text) == text
    assert safe_text("windows\r\nline") == "windows\nline"


def test_verbosity_hints_of_pytest_never_reach_learners() -> None:
    text = (
        "AssertionError: assert [1, 2, 3] == [1, 2, 4]\n"
        "  At index 2 diff: 3 != 4\n"
        "  Use -v to get more diff\n"
        "  Omitting 2 identical items, use -vv to show\n"
        "  Skipping 40 identical leading characters in diff, use -v to show\n"
        "  ...Full output truncated (3 lines hidden), use '-vv' to show"
    )
    cleaned = clean_message(text)
    assert "-v" not in cleaned
    assert "Omitting 2 identical items" in cleaned
    assert "Full output truncated (3 lines hidden)" in cleaned
    assert "At index 2 diff: 3 != 4" in cleaned
