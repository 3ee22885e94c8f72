"""``pyhero roadmap / topic / search / content validate`` on the fixture curriculum."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from pyhero.cli import app
from pyhero.cli._curriculum import render_roadmap, render_topic
from pyhero.config import get_settings
from pyhero.curriculum import load_curriculum

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "curriculum" / "valid"
runner = CliRunner()


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the fixture content, made the settings' content_dir (cache cleared)."""
    copy = Path(shutil.copytree(VALID, tmp_path / "content"))
    monkeypatch.setenv("PYHERO_CONTENT_DIR", str(copy))
    get_settings.cache_clear()
    yield copy
    get_settings.cache_clear()


def test_roadmap_lists_sections_and_topics_in_learning_order(content: Path) -> None:
    result = runner.invoke(app, ["roadmap"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("Python Basics") < out.index("Tooling")
    assert out.index("Variables and names") < out.index("Functions") < out.index("Decorators")
    assert "1. Variables and names" in out
    assert "4. Decorators" in out  # after testing (3.), which sits in the next section
    assert "3. Unit testing with pytest" in out
    assert "advanced" in out
    assert "2 exercises" in out


def test_roadmap_status_seam_shows_markers(content: Path) -> None:
    cur = load_curriculum(content)
    console = Console(file=io.StringIO(), width=120)
    console.print(render_roadmap(cur, status={"variables": "✓"}))
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert "✓   1. Variables and names" in text
    assert "    2. Functions" in text


def test_topic_shows_everything(content: Path) -> None:
    result = runner.invoke(app, ["topic", "functions"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    for expected in (
        "Functions",
        "beginner",
        "Functions package behaviour behind a name and a signature.",
        "default arguments are evaluated once",
        "Variables and names (variables)",
        "Defining functions — official tutorial",
        "https://docs.python.org/3/tutorial/controlflow.html#defining-functions",
        "Shout",
        "difficulty 1/10",
        "Greet a user",
        "Decorators (decorators)",
    ):
        assert expected in out, expected
    assert out.index("Shout") < out.index("Greet a user")


def test_topic_resources_are_terminal_links(content: Path) -> None:
    cur = load_curriculum(content)
    console = Console(file=io.StringIO(), force_terminal=True, width=120)
    console.print(render_topic(cur, cur.topic("testing")))
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b]8;" in text
    assert "https://docs.pytest.org/en/stable/\x1b\\" in text


def test_unknown_topic_exits_1_with_suggestions(content: Path) -> None:
    result = runner.invoke(app, ["topic", "decorator"])
    assert result.exit_code == 1
    assert "No topic 'decorator'." in result.stderr
    assert "Did you mean: decorators?" in result.stderr
    assert "Traceback" not in result.output


def test_search_ranks_topics_and_resources(content: Path) -> None:
    result = runner.invoke(app, ["search", "decorators"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines[0].split()[:4] == ["1.", "topic", "decorators", "Decorators"]
    assert lines[1].split()[:4] == ["2.", "resource", "decorators", "Primer"]
    assert lines[2].strip() == "https://realpython.com/primer-on-python-decorators/"
    assert len(lines) == 3


def test_search_limit_and_no_match(content: Path) -> None:
    result = runner.invoke(app, ["search", "python", "-n", "1"])
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.stdout.splitlines() if "." in line[:5]] == ["1."]
    none = runner.invoke(app, ["search", "zebra"])
    assert none.exit_code == 0
    assert "No matches for 'zebra'." in none.stdout


def test_validate_default_path_prints_counts(content: Path) -> None:
    result = runner.invoke(app, ["content", "validate"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "the content is valid" in out
    table = out.splitlines()[2:9]  # after the "valid" line and the table header
    counts = {" ".join(line.split()[:-1]): line.split()[-1] for line in table}
    assert counts == {
        "sections": "2",
        "topics": "5",
        "resources": "6",
        "distinct URLs": "5",
        "prerequisite edges": "4",
        "exercises": "3",
        "topics reviewed in the last 365 days": "0",
    }
    # the fixture records no review dates: a warning per topic, not an error
    assert out.count(": warning: never reviewed") == 5
    assert "0 errors, 5 warnings about review dates." in out


def set_reviewed(content: Path, dates: dict[str, date]) -> None:
    """Record review dates in the fixture copy: one ``reviewed:`` line under each slug."""
    for path in (content / "curriculum").glob("*.yaml"):
        text = path.read_text("utf-8")
        for slug, day in dates.items():
            text = text.replace(
                f"  - slug: {slug}\n", f"  - slug: {slug}\n    reviewed: {day.isoformat()}\n"
            )
        path.write_text(text, "utf-8")


def test_validate_warns_about_stale_pages_and_fails_on_future_dates(content: Path) -> None:
    today = date.today()
    set_reviewed(
        content,
        {
            "variables": today,
            "functions": today - timedelta(days=365),
            "decorators": today - timedelta(days=366),
            "testing": today - timedelta(days=30),
            "packaging": today - timedelta(days=30),
        },
    )
    result = runner.invoke(app, ["content", "validate"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if ": warning: " in line]
    assert len(lines) == 1
    assert "topics[decorators].reviewed: warning: last reviewed" in lines[0]
    assert "366 days ago" in lines[0]
    assert "topics reviewed in the last 365 days  4" in result.stdout

    strict = runner.invoke(app, ["content", "validate", "--review-max-age", "29"])
    assert strict.exit_code == 0
    assert strict.stdout.count(": warning: last reviewed") == 5 - 1  # all but variables

    future = today + timedelta(days=1)
    basics = content / "curriculum" / "01-basics.yaml"
    basics.write_text(
        basics.read_text("utf-8").replace(
            f"reviewed: {today.isoformat()}", f"reviewed: {future.isoformat()}"
        ),
        "utf-8",
    )
    ahead = runner.invoke(app, ["content", "validate"])
    assert ahead.exit_code == 1
    assert "the content has problems" in ahead.stdout
    assert (
        f"topics[variables].reviewed: error: review date {future.isoformat()} is in the future"
        in ahead.stdout
    )
    assert "1 error, 1 warning about review dates." in ahead.stdout


def test_validate_explicit_path_lists_every_problem(content: Path, tmp_path: Path) -> None:
    broken = Path(shutil.copytree(content, tmp_path / "broken"))
    basics = broken / "curriculum" / "01-basics.yaml"
    basics.write_text(
        basics.read_text("utf-8").replace("level: advanced", "level: expert"), "utf-8"
    )
    tooling = broken / "curriculum" / "02-tooling.yaml"
    tooling.write_text(
        tooling.read_text("utf-8").replace("https://docs.pytest.org", "docs.pytest.org"), "utf-8"
    )
    result = runner.invoke(app, ["content", "validate", str(broken)])
    assert result.exit_code == 1
    err = result.stderr
    assert f"{basics}: topics[decorators].level: unknown level 'expert'" in err
    assert f"{tooling}: topics[testing].resources[0].url: malformed URL" in err
    assert "2 problems found." in err
    assert "Traceback" not in result.output


def test_commands_fail_cleanly_on_broken_content(content: Path) -> None:
    (content / "curriculum" / "02-tooling.yaml").write_text("section: [\n", "utf-8")
    for args in (["roadmap"], ["topic", "functions"], ["search", "x"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 1, args
        assert "02-tooling.yaml: line" in result.stderr
        assert "Traceback" not in result.output


def test_content_without_subcommand_shows_help(content: Path) -> None:
    result = runner.invoke(app, ["content"])
    assert "validate" in result.output


def test_validate_missing_directory_exits_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["content", "validate", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert f"{tmp_path / 'nope' / 'curriculum'}: curriculum: directory not found" in result.stderr
    assert "1 problem found." in result.stderr


def test_topic_marks_current_and_outdated_pages() -> None:
    from pyhero.links import topic_health

    real = load_curriculum(Path(__file__).resolve().parents[2] / "content")
    pytest_page = real.topic("pytest")
    console = Console(file=io.StringIO(), width=200)
    console.print(render_topic(real, pytest_page, health=topic_health(pytest_page, {})))
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert "pytest documentation  [docs]  current" in text
    assert "https://docs.pytest.org/en/6.2.x/" in text
    assert "outdated: its current page is listed with this topic" in text
