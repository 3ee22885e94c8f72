"""``pyhero progress`` and its export / import, end to end on the learner fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pyhero.config import get_settings
from pyhero.progress import code_hash

from .cli_learner import CONTENT, ok, run


@pytest.fixture
def learner_env(learner_home: Path) -> Path:
    return learner_home


def use_database(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setenv("PYHERO_DATABASE_URL", f"sqlite:///{path}")
    get_settings.cache_clear()


def earn_some_progress(tmp_path: Path) -> None:
    ok("init")
    reference = CONTENT / "exercises" / "greet-by-name" / ".meta" / "example.py"
    (tmp_path / "ws" / "01-basics" / "greet-by-name" / "greet_by_name.py").write_text(
        reference.read_text()
    )
    ok("check", "greet-by-name")
    run("check", "sum-of-squares")
    ok("hint", "sum-of-squares")


def test_progress_shows_sections_levels_streak_and_time(learner_env: Path) -> None:
    earn_some_progress(learner_env)

    out = ok("progress")

    assert "local: 1/4 exercises done" in out
    assert "Python Basics" in out
    assert "1/3" in out  # basics: greet done of three
    assert "beginner" in out
    assert "2/2" not in out.split("By level")[0]
    assert "Streak: 1 day" in out
    assert "time spent" in out


def test_export_then_import_into_a_fresh_store_is_idempotent(
    learner_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earn_some_progress(learner_env)
    exported = json.loads(ok("progress", "export"))
    assert next(a["verdict"] for a in exported["attempts"]) == "passed"
    assert exported["hints"][0]["exercise"] == "sum-of-squares"
    csv_file = learner_env / "progress.csv"
    ok("progress", "export", "--format", "csv", "--output", str(csv_file))
    json_file = learner_env / "progress.json"
    json_file.write_text(json.dumps(exported))

    use_database(monkeypatch, learner_env / "second.db")
    assert (
        "Imported 2 attempt(s), 1 hint use(s), 0 read mark(s) and quiz result(s), "
        "0 review card(s) and review(s); 0 already there"
        in ok("progress", "import", str(json_file))
    )
    assert (
        "Imported 0 attempt(s), 0 hint use(s), 0 read mark(s) and quiz result(s), "
        "0 review card(s) and review(s); 3 already there"
        in ok("progress", "import", str(json_file))
    )
    assert "3 already there" in ok("progress", "import", str(csv_file))
    assert json.loads(ok("progress", "export"))["attempts"] == exported["attempts"]
    assert "greet-by-name" in ok("list", "--status", "done")

    use_database(monkeypatch, learner_env / "third.db")
    assert "Imported 2 attempt(s), 1 hint use(s)" in ok("progress", "import", str(csv_file))


def test_an_import_cannot_grant_progress_the_grader_did_not(
    learner_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earn_some_progress(learner_env)
    exported = json.loads(ok("progress", "export"))
    forged = dict(exported["attempts"][1])  # the failed sum-of-squares attempt
    forged.update(uid="forged-0000-0000", verdict="passed")
    exported["attempts"] = [forged]
    exported["hints"] = []
    forged_file = learner_env / "forged.json"
    forged_file.write_text(json.dumps(exported))

    use_database(monkeypatch, learner_env / "second.db")
    out = ok("progress", "import", str(forged_file))

    assert "Imported 0 attempt(s)" in out
    assert "rejected: attempt forged-0000-0000 (sum-of-squares)" in out
    assert "sum-of-squares" not in ok("list", "--status", "done")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"verdict": "aced"}, "attempts.0.verdict"),
        ({"code": {"x.py": "changed"}}, "code_hash does not match code"),
        ({"created_at": "yesterday"}, "attempts.0.created_at"),
    ],
)
def test_an_invalid_import_names_the_file_and_field_and_imports_nothing(
    learner_env: Path, change: dict[str, object], expected: str
) -> None:
    good = {"exercise": "greet-by-name", "verdict": "failed", "duration_ms": 1.0}
    attempt = {
        **good,
        "uid": "a" * 36,
        "created_at": "2026-01-01T00:00:00+00:00",
        "isolation": "local",
        "code": {"greet_by_name.py": "x"},
        "code_hash": code_hash({"greet_by_name.py": "x"}),
        **change,
    }
    export = {"learner": "local", "exported_at": "2026-01-01T00:00:00Z", "attempts": [attempt]}
    bad = learner_env / "bad.json"
    bad.write_text(json.dumps(export))

    result = run("progress", "import", str(bad))

    assert result.exit_code == 1
    assert str(bad) in result.output
    assert expected in result.output
    assert "Nothing was imported" in result.output
    assert json.loads(ok("progress", "export"))["attempts"] == []


def test_a_bad_csv_row_is_reported_with_its_row(learner_env: Path) -> None:
    bad = learner_env / "bad.csv"
    bad.write_text("record,exercise,number,created_at\nhint,greet-by-name,zero,2026-01-01T00:00Z\n")

    result = run("progress", "import", str(bad))

    assert result.exit_code == 1
    assert "row 2" in result.output
    assert "number" in result.output


def test_progress_stays_whole_on_80_columns(
    learner_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PYHERO_CONTENT_DIR")  # pyhero's own sections: long titles
    out = ok("progress", COLUMNS="80")
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "…" not in out
    assert "Important Standard Library Modules" in out
