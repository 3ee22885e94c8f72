"""The team tables: accounts, sessions, invitations, cohorts, reviews, jobs and drafts, on
SQLite and on a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta

import pytest

from pyhero.progress import (
    ActiveJobError,
    NewAttempt,
    PathItem,
    Role,
    TeamError,
    TeamStore,
    TestSummary,
    UserRecord,
    open_team_store,
)


@pytest.fixture
def team(db_url: str) -> Iterator[TeamStore]:
    with open_team_store(db_url) as store:
        yield store


def make_user(team: TeamStore, name: str, role: Role = "learner") -> UserRecord:
    return team.accounts.create_user(name, name.title(), role, f"hash-of-{name}")


def attempt(exercise: str, verdict: str = "failed", code: str = "x = 1\n") -> NewAttempt:
    return NewAttempt(
        exercise=exercise,
        verdict=verdict,
        tests=(TestSummary(name="test_one", status="pass" if verdict == "passed" else "fail"),),
        duration_ms=3.0,
        code={"solution.py": code},
        isolation="bubblewrap",
    )


def test_users_are_learners_with_unique_valid_names(team: TeamStore) -> None:
    ada = make_user(team, "ada")
    assert ada.learner == "ada"
    assert ada.role == "learner"
    assert ada.active
    assert "ada" in team.progress.learners()
    with pytest.raises(TeamError, match="taken"):
        make_user(team, "ada")
    with pytest.raises(TeamError, match="taken"):
        make_user(team, "local")  # the progress of the single local learner is not handed out
    with pytest.raises(TeamError, match="not a valid user name"):
        make_user(team, "Ada Lovelace")
    with pytest.raises(TeamError, match="unknown role"):
        make_user(team, "bob", "owner")  # type: ignore[arg-type]
    assert team.accounts.credentials("ada") == (ada, "hash-of-ada")
    assert team.accounts.count_users("learner") == 1


def test_sessions_end_on_expiry_password_change_and_deactivation(team: TeamStore) -> None:
    ada = make_user(team, "ada")
    later = datetime.now(UTC) + timedelta(days=1)
    team.accounts.create_session(ada.id, "a" * 64, later, "127.0.0.1")
    team.accounts.create_session(ada.id, "b" * 64, datetime.now(UTC) - timedelta(seconds=1), None)
    assert team.accounts.session_user("a" * 64) == ada
    assert team.accounts.session_user("b" * 64) is None  # expired
    assert team.accounts.session_user("c" * 64) is None  # unknown
    assert team.accounts.end_expired_sessions() == 1

    team.accounts.set_password(ada.id, "new-hash")
    assert team.accounts.session_user("a" * 64) is None
    team.accounts.create_session(ada.id, "d" * 64, later, None)
    team.accounts.set_active(ada.id, False)
    assert team.accounts.session_user("d" * 64) is None
    team.accounts.set_active(ada.id, True)
    team.accounts.create_session(ada.id, "e" * 64, later, None)
    team.accounts.end_session("e" * 64)
    assert team.accounts.session_user("e" * 64) is None


def test_an_invitation_signs_up_one_account_into_its_cohort_before_it_expires(
    team: TeamStore,
) -> None:
    mentor = make_user(team, "grace", "mentor")
    cohort = team.cohorts.create_cohort("Autumn 2026", mentor)
    soon = datetime.now(UTC) + timedelta(days=7)
    invitation = team.accounts.create_invitation(
        "1" * 64, "learner", soon, cohort_id=cohort.id, note="for Ada", created_by=mentor.id
    )
    assert (invitation.cohort, invitation.created_by, invitation.note) == (
        "Autumn 2026",
        "grace",
        "for Ada",
    )
    ada = team.accounts.redeem_invitation("1" * 64, "ada", "Ada", "hash")
    assert ada.role == "learner"
    with pytest.raises(TeamError, match="used already"):
        team.accounts.redeem_invitation("1" * 64, "eve", "Eve", "hash")
    used = team.accounts.invitation("1" * 64)
    assert used is not None
    assert used.used_by == "ada"
    assert not used.usable(datetime.now(UTC))
    (found,) = [c for c in team.cohorts.cohorts_for(mentor) if c.id == cohort.id]
    assert [u.username for u in found.learners] == ["ada"]

    team.accounts.create_invitation("2" * 64, "mentor", datetime.now(UTC) - timedelta(seconds=1))
    with pytest.raises(TeamError, match="expired"):
        team.accounts.redeem_invitation("2" * 64, "eve", "Eve", "hash")
    with pytest.raises(TeamError, match="not valid"):
        team.accounts.redeem_invitation("3" * 64, "eve", "Eve", "hash")
    assert team.accounts.user("eve") is None  # nothing half-made


def test_an_invitation_posted_twice_at_once_makes_one_account(team: TeamStore) -> None:
    team.accounts.create_invitation("4" * 64, "learner", datetime.now(UTC) + timedelta(hours=1))

    def redeem(name: str) -> str:
        try:
            return team.accounts.redeem_invitation("4" * 64, name, name, "hash").username
        except TeamError as exc:
            return str(exc)

    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(redeem, ["u1", "u2", "u3", "u4"]))
    assert sum(o.startswith("u") for o in outcomes) == 1, outcomes
    assert team.accounts.count_users() == 1


def test_mentors_see_the_learners_of_their_cohorts_and_nobody_else(team: TeamStore) -> None:
    admin = make_user(team, "root", "admin")
    grace = make_user(team, "grace", "mentor")
    alan = make_user(team, "alan", "mentor")
    ada, bob, eve = (make_user(team, n) for n in ("ada", "bob", "eve"))
    mine = team.cohorts.create_cohort("Mine", grace)
    theirs = team.cohorts.create_cohort("Theirs", alan)
    team.cohorts.add_member(mine.id, ada.id, "learner")
    team.cohorts.add_member(theirs.id, bob.id, "learner")
    team.cohorts.add_member(theirs.id, eve.id, "learner")

    def sees(viewer: UserRecord, name: str) -> bool:
        return team.cohorts.learner_for(viewer, name) is not None

    assert sees(grace, "ada")
    assert not sees(grace, "bob")
    assert sees(grace, "grace")
    assert sees(alan, "bob")
    assert not sees(alan, "ada")
    assert sees(ada, "ada")
    assert not sees(ada, "bob")
    assert not sees(ada, "grace")
    assert not sees(bob, "eve")  # cohort mates do not see each other
    assert all(sees(admin, n) for n in ("ada", "bob", "eve", "grace"))
    assert team.cohorts.cohort_for(grace, theirs.id) is None
    assert team.cohorts.cohort_for(ada, mine.id) is None  # a learner does not mentor
    assert team.cohorts.cohort_for(admin, theirs.id) is not None
    assert [c.name for c in team.cohorts.cohorts_for(ada)] == ["Mine"]
    assert {c.name for c in team.cohorts.cohorts_for(admin)} == {"Mine", "Theirs"}
    assert team.cohorts.mentors_of(ada.id) == [grace.id]

    team.accounts.set_role(grace.id, "learner")  # no longer a mentor: sees only herself
    demoted = team.accounts.user("grace")
    assert demoted is not None
    assert not sees(demoted, "ada")


def test_a_cohort_keeps_its_path_in_order_and_reports_progress(team: TeamStore) -> None:
    grace = make_user(team, "grace", "mentor")
    ada, bob = make_user(team, "ada"), make_user(team, "bob")
    cohort = team.cohorts.create_cohort("  Spring   cohort ", grace)
    assert cohort.name == "Spring cohort"
    with pytest.raises(TeamError, match="already"):
        team.cohorts.create_cohort("Spring cohort", grace)
    with pytest.raises(TeamError, match="only mentors"):
        team.cohorts.create_cohort("Mine", ada)
    path = [
        PathItem(kind="section", slug="basics"),
        PathItem(kind="topic", slug="strings", deadline=date(2026, 12, 24)),
        PathItem(kind="topic", slug="strings"),
    ]
    team.cohorts.set_path(cohort.id, path)
    for user in (ada, bob):
        team.cohorts.add_member(cohort.id, user.id, "learner")
    found = team.cohorts.cohort_for(grace, cohort.id)
    assert found is not None
    assert found.path == tuple(path[:2])

    team.progress.record_attempt("ada", attempt("alpha"))
    team.progress.record_attempt("ada", attempt("alpha", "passed"))
    team.progress.use_hint("bob", "beta", 3)
    report = team.cohorts.cohort_progress(found.learners)
    assert report.progress["ada"]["alpha"].status == "done"
    assert report.progress["ada"]["alpha"].attempts == 2
    assert report.progress["bob"]["beta"].hints_used == 1
    assert report.last_attempt["bob"] is None
    assert report.last_attempt["ada"] is not None
    times = team.cohorts.attempt_times(found.learners, datetime.now(UTC) - timedelta(days=1))
    assert [(name, verdict) for name, _, verdict in times] == [("ada", "failed"), ("ada", "passed")]


def test_review_comments_notify_the_other_side_and_are_read_once(team: TeamStore) -> None:
    grace = make_user(team, "grace", "mentor")
    ada, bob = make_user(team, "ada"), make_user(team, "bob")
    cohort = team.cohorts.create_cohort("C", grace)
    team.cohorts.add_member(cohort.id, ada.id, "learner")
    uid = team.progress.record_attempt("ada", attempt("alpha", code="a = 1\nb = 2\n")).uid

    assert team.reviews.attempt_for(bob, uid) is None  # not his, not his mentee's
    found = team.reviews.attempt_for(grace, uid)
    assert found is not None
    record, owner = found
    assert owner == ada
    comment = team.reviews.add_comment(grace, record, owner, "Why 2?", file="solution.py", line=2)
    assert (comment.author, comment.line, comment.exercise, comment.learner) == (
        "grace",
        2,
        "alpha",
        "ada",
    )
    assert team.reviews.unread_count(ada.id) == 1
    assert team.reviews.unread_count(grace.id) == 0
    with pytest.raises(TeamError, match="line 3"):
        team.reviews.add_comment(grace, record, owner, "x", file="solution.py", line=3)
    with pytest.raises(TeamError, match="no file"):
        team.reviews.add_comment(grace, record, owner, "x", file="other.py", line=1)
    with pytest.raises(TeamError, match="some text"):
        team.reviews.add_comment(grace, record, owner, "   ")

    reply = team.reviews.add_comment(ada, record, owner, "It is the answer.")
    assert team.reviews.unread_count(grace.id) == 1
    assert team.reviews.unread_among(ada.id, [comment.id, reply.id]) == {comment.id}
    team.reviews.mark_read(ada.id, [comment.id])
    assert team.reviews.unread_count(ada.id) == 0
    assert [c.id for c in team.reviews.comments([uid])[uid]] == [comment.id, reply.id]
    assert [c.id for c in team.reviews.unread(grace.id)] == [reply.id]


def test_a_learner_comment_before_any_review_goes_to_their_mentors(team: TeamStore) -> None:
    grace = make_user(team, "grace", "mentor")
    ada = make_user(team, "ada")
    cohort = team.cohorts.create_cohort("C", grace)
    team.cohorts.add_member(cohort.id, ada.id, "learner")
    record = team.progress.record_attempt("ada", attempt("alpha"))
    team.reviews.add_comment(ada, record, ada, "Is this idiomatic?")
    assert team.reviews.unread_count(grace.id) == 1


def test_one_active_job_per_learner_and_a_job_records_one_attempt(team: TeamStore) -> None:
    make_user(team, "ada")
    make_user(team, "bob")
    job = team.jobs.create_job("ada", "alpha", {"solution.py": "x = 1\n"}, "v1")
    assert (job.state, job.learner, job.deliveries) == ("queued", "ada", 0)
    with pytest.raises(ActiveJobError) as refused:
        team.jobs.create_job("ada", "beta", {"solution.py": ""}, "v1")
    assert refused.value.job_id == job.id
    other = team.jobs.create_job("bob", "alpha", {"solution.py": ""}, "v1")
    assert team.jobs.queue_position(other) == 1
    assert team.jobs.job_for("bob", job.id) is None  # not his
    assert team.jobs.counts().queued == 2

    started = team.jobs.start_job(job.id, "worker-1")
    assert started is not None
    assert (started.state, started.deliveries) == ("running", 1)
    again = team.jobs.start_job(job.id, "worker-2")  # redelivered before it finished
    assert again is not None
    assert again.deliveries == 2
    first = team.jobs.finish_job(job.id, attempt("alpha", "passed"), {"status": "pass"})
    second = team.jobs.finish_job(job.id, attempt("alpha", "passed"), {"status": "pass"})
    assert first.uid == second.uid == job.id
    assert len(team.progress.attempts("ada")) == 1
    assert team.jobs.start_job(job.id, "worker-3") is None  # finished: nothing to do
    assert team.jobs.result_of("ada", job.id) == {"status": "pass"}
    assert team.jobs.result_of("bob", job.id) is None

    next_job = team.jobs.create_job("ada", "beta", {"solution.py": ""}, "v1")
    team.jobs.fail_job(next_job.id, "exercise gone")
    failed = team.jobs.job(next_job.id)
    assert failed is not None
    assert (failed.state, failed.error) == ("failed", "exercise gone")
    assert team.jobs.abandon_stale(timedelta(seconds=0)) == 1  # bob's queued job
    assert team.jobs.counts().queued == 0


def test_drafts_are_kept_per_learner(team: TeamStore) -> None:
    make_user(team, "ada")
    make_user(team, "bob")
    assert team.jobs.draft("ada", "alpha") is None
    team.jobs.save_draft("ada", "alpha", {"solution.py": "one"}, None)
    team.jobs.save_draft("ada", "alpha", {"solution.py": "two"}, "base")
    draft = team.jobs.draft("ada", "alpha")
    assert draft is not None
    assert (draft.files, draft.base) == ({"solution.py": "two"}, "base")
    assert team.jobs.draft("bob", "alpha") is None
    team.jobs.discard_draft("ada", "alpha")
    assert team.jobs.draft("ada", "alpha") is None


def test_the_signing_secret_is_made_once(team: TeamStore) -> None:
    first = team.accounts.secret("cookie", lambda: "one")
    assert team.accounts.secret("cookie", lambda: "two") == first == "one"
    team.accounts.audit("cli:root", "create-user", "ada", {"role": "learner"}, "10.0.0.1")
    (entry,) = team.accounts.audit_log()
    assert (entry.actor, entry.action) == ("cli:root", "create-user")
    assert entry.details == {"role": "learner"}
