"""The browser copy and the workspace file never silently overwrite each other."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pyhero.curriculum import load_curriculum
from pyhero.exercise import load_exercise_spec
from pyhero.web._drafts import Draft, editor_code, workspace_hash
from pyhero.workspace import Workspace

from .conftest import CORRECT_ADD, FIXTURE_CONTENT, WRONG_ADD, Learner

TERMINAL_EDIT = "def add(a: int, b: int) -> int:\n    return sum((a, b))\n"


@pytest.fixture
def solution_file(learner: Learner) -> Path:
    """A terminal workspace (as `pyhero init` makes it); its add_numbers.py."""
    workspace = Workspace(learner.workspace, load_curriculum(learner.settings.content_dir))
    workspace.init()
    return workspace.exercise_dir("add-numbers") / "add_numbers.py"


def _detail(learner: Learner) -> dict[str, object]:
    body: dict[str, object] = learner.client.get("/api/exercises/add-numbers").json()
    return body


def test_the_editor_opens_with_the_workspace_file(learner: Learner, solution_file: Path) -> None:
    solution_file.write_text(TERMINAL_EDIT)
    detail = _detail(learner)
    assert detail["code_source"] == "workspace"
    assert detail["code"] == {"add_numbers.py": TERMINAL_EDIT}
    assert detail["base"] == workspace_hash({"add_numbers.py": TERMINAL_EDIT})
    page = learner.client.get("/exercises/add-numbers").text
    assert str(solution_file.parent) in page
    assert "Save to workspace" in page


def test_a_draft_on_an_unchanged_workspace_is_no_conflict(
    learner: Learner, solution_file: Path
) -> None:
    base = _detail(learner)["base"]
    saved = learner.client.put(
        "/api/exercises/add-numbers/draft", json={"code": WRONG_ADD, "base": base}
    )
    assert saved.json()["conflict"] is False
    detail = _detail(learner)
    assert (detail["code_source"], detail["conflict"]) == ("draft", False)
    assert detail["code"] == {"add_numbers.py": WRONG_ADD}
    assert "NotImplementedError" in solution_file.read_text()  # the workspace is untouched


def test_a_workspace_edit_after_the_draft_shows_both_versions(
    learner: Learner, solution_file: Path
) -> None:
    base = _detail(learner)["base"]
    learner.client.put("/api/exercises/add-numbers/draft", json={"code": WRONG_ADD, "base": base})
    solution_file.write_text(TERMINAL_EDIT)  # meanwhile, in the terminal
    detail = _detail(learner)
    assert detail["conflict"] is True
    assert detail["code"] == {"add_numbers.py": WRONG_ADD}
    assert detail["workspace_code"] == {"add_numbers.py": TERMINAL_EDIT}
    page = learner.client.get("/exercises/add-numbers").text
    assert "Your workspace file changed" in page
    conflict = page[page.index('id="conflict"') : page.index('class="exercise-layout"')]
    # one diff, not two copies: the changed line once from each side, the rest once
    assert "1 line only in the workspace file (\u2212), 1 only in the browser copy (+)" in conflict
    assert '<tr class="removed"><td class="num">2</td><td class="num"></td>' in conflict
    assert "<del>    return sum((a, b))</del>" in conflict
    assert "<ins>    return a - b</ins>" in conflict
    assert conflict.count("def add(a: int, b: int) -&gt; int:") == 1
    assert solution_file.read_text() == TERMINAL_EDIT


def test_keeping_the_workspace_version_drops_the_browser_copy(
    learner: Learner, solution_file: Path
) -> None:
    base = _detail(learner)["base"]
    learner.client.put("/api/exercises/add-numbers/draft", json={"code": WRONG_ADD, "base": base})
    solution_file.write_text(TERMINAL_EDIT)
    response = learner.client.post(
        "/exercises/add-numbers/resolve", data={"keep": "workspace"}, follow_redirects=False
    )
    assert response.status_code == 303
    detail = _detail(learner)
    assert (detail["conflict"], detail["code_source"]) == (False, "workspace")
    assert detail["code"] == {"add_numbers.py": TERMINAL_EDIT}


def test_keeping_the_browser_copy_leaves_the_workspace_file_alone(
    learner: Learner, solution_file: Path
) -> None:
    base = _detail(learner)["base"]
    learner.client.put("/api/exercises/add-numbers/draft", json={"code": WRONG_ADD, "base": base})
    solution_file.write_text(TERMINAL_EDIT)
    learner.client.post("/exercises/add-numbers/resolve", data={"keep": "browser"})
    detail = _detail(learner)
    assert (detail["conflict"], detail["code_source"]) == (False, "draft")
    assert detail["code"] == {"add_numbers.py": WRONG_ADD}
    assert solution_file.read_text() == TERMINAL_EDIT


def test_save_to_workspace_writes_only_over_the_version_it_started_from(
    learner: Learner, solution_file: Path
) -> None:
    stale = _detail(learner)["base"]
    solution_file.write_text(TERMINAL_EDIT)
    refused = learner.client.post(
        "/exercises/add-numbers/save",
        data={"file": "add_numbers.py", "code": CORRECT_ADD, "base": stale},
    )
    assert refused.status_code == 409
    assert "nothing was written" in refused.text
    assert solution_file.read_text() == TERMINAL_EDIT
    assert _detail(learner)["conflict"] is True
    learner.client.post("/exercises/add-numbers/resolve", data={"keep": "browser"})
    fresh = _detail(learner)["base"]
    saved = learner.client.post(
        "/exercises/add-numbers/save",
        data={"file": "add_numbers.py", "code": CORRECT_ADD, "base": fresh},
        follow_redirects=False,
    )
    assert saved.status_code == 303
    assert solution_file.read_text() == CORRECT_ADD
    assert _detail(learner)["conflict"] is False


def test_without_a_workspace_nothing_is_written(learner: Learner) -> None:
    response = learner.client.post(
        "/exercises/add-numbers/save",
        data={"file": "add_numbers.py", "code": CORRECT_ADD, "base": ""},
    )
    assert response.status_code == 409
    assert "pyhero init" in response.text
    assert not (learner.workspace / "01-foundations").exists()
    assert _detail(learner)["code"] == {"add_numbers.py": CORRECT_ADD}


def test_without_draft_or_workspace_the_last_attempt_is_shown() -> None:
    spec = load_exercise_spec(FIXTURE_CONTENT / "exercises" / "add-numbers")
    code = editor_code(spec, None, None, {"add_numbers.py": CORRECT_ADD})
    assert (code.source, code.files, code.conflict) == (
        "attempt",
        {"add_numbers.py": CORRECT_ADD},
        False,
    )
    starter = editor_code(spec, None, None, None)
    assert starter.source == "starter"
    assert "NotImplementedError" in starter.files["add_numbers.py"]


def test_a_draft_equal_to_the_workspace_is_never_a_conflict() -> None:
    spec = load_exercise_spec(FIXTURE_CONTENT / "exercises" / "add-numbers")
    files = {"add_numbers.py": CORRECT_ADD}
    draft = Draft(files=files, base="0" * 64, saved_at=datetime.now(UTC))
    code = editor_code(spec, files, draft, None)
    assert (code.conflict, code.base) == (False, workspace_hash(files))


def test_drafts_made_before_pyhero_init_meet_no_false_conflict(learner: Learner) -> None:
    learner.client.put("/api/exercises/add-numbers/draft", json={"code": WRONG_ADD})
    workspace = Workspace(learner.workspace, load_curriculum(learner.settings.content_dir))
    workspace.init()  # writes the untouched starter files
    detail = _detail(learner)
    assert (detail["conflict"], detail["code_source"]) == (False, "draft")
    assert detail["code"] == {"add_numbers.py": WRONG_ADD}
    assert detail["base"] == workspace_hash(
        {"add_numbers.py": (workspace.exercise_dir("add-numbers") / "add_numbers.py").read_text()}
    )
    assert "Your workspace file changed" not in learner.client.get("/exercises/add-numbers").text
    # an edit in the workspace after init is a real change: then it is a conflict
    (workspace.exercise_dir("add-numbers") / "add_numbers.py").write_text(TERMINAL_EDIT)
    assert _detail(learner)["conflict"] is True


def test_compare_with_the_previous_attempt(learner: Learner) -> None:
    page = learner.client.get("/exercises/add-numbers").text
    assert 'id="compare-link" href="/exercises/add-numbers?compare=1#compare" hidden' in page
    learner.client.post("/api/exercises/add-numbers/submit", json={"code": WRONG_ADD})
    learner.client.post("/api/exercises/add-numbers/submit", json={"code": CORRECT_ADD})
    # right after a run the editor holds that attempt: compare with the one before
    page = learner.client.get("/exercises/add-numbers?compare=1").text
    compare = page[page.index('<section id="compare"') : page.index("terminal workspace")]
    assert "Changes since a previous attempt" in compare
    assert "(failed, 0/3 tests passed)" in compare
    assert "<del>    return a - b</del>" in compare
    assert "<ins>    return a + b</ins>" in compare
    # edits since the last run: compare with that run
    learner.client.put("/api/exercises/add-numbers/draft", json={"code": TERMINAL_EDIT})
    page = learner.client.get("/exercises/add-numbers?compare=1").text
    compare = page[page.index('<section id="compare"') : page.index("terminal workspace")]
    assert "(passed, 3/3 tests passed)" in compare
    assert "<del>    return a + b</del>" in compare
    assert "<ins>    return sum((a, b))</ins>" in compare
    plain = learner.client.get("/exercises/add-numbers").text
    assert 'aria-labelledby="compare-title" hidden>' in plain
