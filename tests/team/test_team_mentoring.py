"""Cohorts and mentoring on the team server: paths with deadlines, the dashboard (matrix,
who is stuck, attempts per day), the CSV export, the learner's pages with diffs between
iterations, code review with unread counts, and the audit log of admin actions."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest

from pyhero.progress import NewAttempt, TestSummary
from pyhero.team import accounts

from .conftest import Team

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

SLUG = "add-numbers"


def record(team: Team, learner: str, verdict: str, code: str, slug: str = SLUG) -> str:
    tests = (
        TestSummary(name="test_adds", status="pass" if verdict == "passed" else "fail",
                    message=None if verdict == "passed" else "assert -1 == 3"),
    )  # fmt: skip
    attempt = NewAttempt(
        exercise=slug,
        verdict=verdict,
        tests=tests,
        duration_ms=2.0,
        code={"add_numbers.py": code},
        isolation="bubblewrap",
    )
    return team.store.progress.record_attempt(learner, attempt).uid


def test_a_mentor_builds_a_cohort_with_a_path_and_follows_it(team: Team) -> None:
    team.user("grace", "mentor")
    team.user("ada")
    team.user("bob")
    grace = team.client("grace")
    made = grace.post("/team/cohorts", data={"name": "Spring"})
    assert made.status_code == 303
    cohort_url = made.headers["location"]
    bad = grace.post(f"{cohort_url}/path", data={"path": "topic strngs 2026-01-01"})
    assert bad.status_code == 422
    assert "line 1" in bad.text
    assert "no topic &#39;strngs&#39;; did you mean strings?" in bad.text
    past = (date.today() - timedelta(days=1)).isoformat()
    path = f"section foundations\ntopic comprehensions {past}\n"
    assert grace.post(f"{cohort_url}/path", data={"path": path}).status_code == 303
    cohort = team.store.cohorts.cohort_by_name("Spring")
    assert cohort is not None
    assert [(i.kind, i.slug, i.deadline) for i in cohort.path] == [
        ("section", "foundations", None),
        ("topic", "comprehensions", date.fromisoformat(past)),
    ]
    for name in ("ada", "bob"):
        user = team.store.accounts.user(name)
        assert user is not None
        team.store.cohorts.add_member(cohort.id, user.id, "learner")
    for _ in range(5):
        record(team, "bob", "failed", "def add(a, b):\n    return a - b\n")
    record(team, "ada", "passed", "def add(a, b):\n    return a + b\n")
    team.store.progress.use_hint("bob", "word-lengths", 1)

    page = grace.get(cohort_url)
    assert page.status_code == 200
    matrix = page.text.split('id="matrix"')[1].split("</table>")[0]
    assert "Ada" in matrix
    assert "Bob" in matrix
    assert "late" in matrix  # comprehensions was due yesterday and nobody finished it
    stuck = page.text.split('id="stuck"')[1].split("</ul>")[0]
    assert "5 failed attempts at Add numbers" in stuck
    assert "used all 1 hint on Word lengths" in stuck
    assert "Ada" not in stuck
    assert 'aria-label="Attempts per day in the cohort"' in page.text

    data = grace.get(f"/api/team/cohorts/{cohort.id}/progress").json()
    rows = {row["username"]: row for row in data["learners"]}
    assert rows["ada"]["topics"]["numbers"] == "done"
    assert rows["bob"]["topics"]["numbers"] == "attempted"
    assert rows["bob"]["attempts"] == 5
    assert rows["bob"]["hints_used"] == 1

    exported = grace.get(f"/team/cohorts/{cohort.id}/progress.csv")
    assert exported.headers["content-type"].startswith("text/csv")
    assert 'filename="Spring-progress.csv"' in exported.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(exported.text)))
    assert [r["learner"] for r in table] == ["ada", "bob"]
    assert table[0]["numbers"] == "done"
    assert table[0]["strings"] == "reading only"
    assert table[1]["comprehensions"] == "to do (late)"
    assert "5 failed attempts" in table[1]["stuck"]


def test_the_csv_never_hands_a_spreadsheet_a_formula(team: Team) -> None:
    mentor = team.user("grace", "mentor")
    cohort = accounts.create_cohort(team.store, "C", mentor, actor="t")
    evil = accounts.create_user(team.store, "eve", "=HYPERLINK(1)", "learner", "x" * 12, actor="t")
    team.store.cohorts.add_member(cohort.id, evil.id, "learner")
    text = team.client("grace").get(f"/team/cohorts/{cohort.id}/progress.csv").text
    assert "'=HYPERLINK(1)" in text


def test_a_mentor_reads_each_iteration_and_comments_on_a_line(team: Team) -> None:
    mentor = team.user("grace", "mentor")
    ada = team.user("ada")
    cohort = accounts.create_cohort(team.store, "C", mentor, actor="t")
    team.store.cohorts.add_member(cohort.id, ada.id, "learner")
    first = record(team, "ada", "failed", "def add(a, b):\n    return a - b\n")
    second = record(team, "ada", "passed", "def add(a, b):\n    return a + b\n")
    grace = team.client("grace")

    overview = grace.get("/team/learners/ada")
    assert f"/team/learners/ada/exercises/{SLUG}" in overview.text
    page = grace.get(f"/team/learners/ada/exercises/{SLUG}")
    assert "Attempt 2 · passed" in page.text
    assert "Attempt 1 · failed" in page.text
    assert "assert -1 == 3" in page.text  # the failing test of attempt 1
    assert "Changes since attempt 1" in page.text
    assert "<del>    return a - b</del>" in page.text
    assert "<ins>    return a + b</ins>" in page.text

    comment = grace.post(
        f"/team/attempts/{second}/comments",
        data={"body": "Nice: <b>why</b> does + work?", "file": "add_numbers.py", "line": "2"},
    )
    assert comment.status_code == 303
    assert comment.headers["location"] == f"/team/learners/ada/exercises/{SLUG}#attempt-2"
    bad_line = grace.post(
        f"/team/attempts/{first}/comments",
        data={"body": "x", "file": "add_numbers.py", "line": "9"},
    )
    assert bad_line.status_code == 422

    # The learner: an unread count in the header, the comment on the exercise page.
    learner = team.client("ada")
    home = learner.get("/")
    assert '<span class="badge unread" id="unread-count">1 unread</span>' in home.text
    assert "Nice: why" not in home.text
    inbox = learner.get("/team/reviews")
    assert f'href="/exercises/{SLUG}#review"' in inbox.text
    exercise = learner.get(f"/exercises/{SLUG}")
    review = exercise.text.split('id="review"')[1]
    assert "Nice: &lt;b&gt;why&lt;/b&gt; does + work?" in review  # escaped, never markup
    assert "    return a + b" in review  # the line it is about
    assert learner.get("/").text.count("unread-count") == 0  # read by opening the page

    reply = learner.post(f"/team/attempts/{second}/comments", data={"body": "Addition!"})
    assert reply.status_code == 303
    assert reply.headers["location"] == f"/exercises/{SLUG}#review"
    assert "1 unread" in grace.get("/team").text
    assert "Addition!" in grace.get(f"/team/learners/ada/exercises/{SLUG}").text
    assert "unread-count" not in grace.get("/team").text


def test_learners_see_their_path_and_deadlines(team: Team) -> None:
    mentor = team.user("grace", "mentor")
    ada = team.user("ada")
    cohort = accounts.create_cohort(team.store, "Autumn", mentor, actor="t")
    team.store.cohorts.add_member(cohort.id, ada.id, "learner")
    grace = team.client("grace")
    grace.post(f"/team/cohorts/{cohort.id}/path", data={"path": "topic numbers 2031-01-02"})
    page = team.client("ada").get("/team")
    assert "Your path in Autumn" in page.text
    assert "2031-01-02" in page.text
    assert "Cohorts you mentor" not in page.text


def test_admin_actions_are_audited(team: Team) -> None:
    team.user("root", "admin")
    team.user("ada")
    root = team.client("root")
    assert root.post("/team/admin/users/ada/role", data={"role": "mentor"}).status_code == 303
    reset = root.post("/team/admin/users/ada/password", data={"password": "another-password"})
    assert "The password of ada was reset." in reset.text
    invited = root.post("/team/admin/invitations", data={"role": "admin", "note": "for Lin"})
    link = invited.text.split('<code class="link">')[1].split("<")[0]
    assert link.startswith("http://127.0.0.1:8000/signup/")
    assert root.post("/team/admin/users/ada/active", data={"active": "0"}).status_code == 303
    last = root.post("/team/admin/users/root/active", data={"active": "0"})
    assert last.status_code == 422
    assert "you cannot deactivate yourself" in last.text
    demote = root.post("/team/admin/users/root/role", data={"role": "learner"})
    assert "this is the last admin" in demote.text
    log = team.store.accounts.audit_log()
    assert [(e.actor, e.action, e.target) for e in log[:4]] == [
        ("root", "deactivate", "ada"),
        ("root", "invite", log[1].target),
        ("root", "reset-password", "ada"),
        ("root", "set-role", "ada"),
    ]
    assert log[3].details == {"from": "learner", "to": "mentor"}
    assert log[1].details["role"] == "admin"
    assert all(e.address == "testclient" for e in log[:4])
    page = root.get("/team/admin")
    assert "reset-password" in page.text
    assert datetime.now(UTC).strftime("%Y-%m-%d") in page.text
