"""Authorisation of every route, in both directions: a learner never reads another learner's
code, drafts, attempts, comments, jobs or progress; a mentor reads only the learners of the
cohorts they mentor; only admins administer. Ids in URLs are tried across accounts (the
insecure direct object reference), and a refused write changes nothing.

The world: ``root`` (admin); ``grace`` mentors cohort A where ``ada`` learns; ``alan``
mentors cohort B where ``bob`` learns. Each learner has an attempt, a draft, a queued job
and a review comment, each carrying a secret marker.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from redis import Redis
from starlette.routing import BaseRoute, Mount

from pyhero.progress import CohortRecord, NewAttempt, TestSummary, UserRecord
from pyhero.team import accounts

from .conftest import Team, running_team, team_settings
from .services import postgres_database

if TYPE_CHECKING:
    from starlette.testclient import TestClient

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

LEARNERS = ("ada", "bob")
MENTOR_OF = {"ada": "grace", "bob": "alan"}
EVERYONE = ("root", "grace", "alan", "ada", "bob")
SLUG = "add-numbers"


def marker(name: str, kind: str) -> str:
    return f"{name.upper()}_{kind}_SECRET"


def markers(name: str) -> list[str]:
    return [marker(name, kind) for kind in ("ATTEMPT", "DRAFT", "COMMENT")]


def may_read(viewer: str, learner: str) -> bool:
    return viewer in (learner, "root", MENTOR_OF.get(learner))


@dataclass
class World:
    team: Team
    users: dict[str, UserRecord]
    clients: dict[str, TestClient]
    cohorts: dict[str, CohortRecord]
    attempts: dict[str, str]
    jobs: dict[str, str]


@pytest.fixture(scope="module")
def world(
    tmp_path_factory: pytest.TempPathFactory, postgres_base: str, redis_base: str
) -> Iterator[World]:
    redis = Redis.from_url(redis_base)
    redis.flushdb()
    redis.close()
    root = Path(tmp_path_factory.mktemp("authz"))
    with (
        postgres_database(postgres_base) as database_url,
        running_team(team_settings(root, database_url, redis_base)) as team,
    ):
        users = {"root": team.user("root", "admin")}
        users.update({name: team.user(name, "mentor") for name in ("grace", "alan")})
        users.update({name: team.user(name) for name in LEARNERS})
        cohorts = {
            "ada": accounts.create_cohort(team.store, "Cohort A", users["grace"], actor="t"),
            "bob": accounts.create_cohort(team.store, "Cohort B", users["alan"], actor="t"),
        }
        clients = {name: team.client(name) for name in EVERYONE}
        attempts: dict[str, str] = {}
        jobs: dict[str, str] = {}
        for name in LEARNERS:
            team.store.cohorts.add_member(cohorts[name].id, users[name].id, "learner")
            code = {
                "add_numbers.py": f"# {marker(name, 'ATTEMPT')}\ndef add(a, b):\n    return 0\n"
            }
            record = team.store.progress.record_attempt(
                name,
                NewAttempt(
                    exercise=SLUG,
                    verdict="failed",
                    tests=(TestSummary(name="test_add", status="fail"),),
                    duration_ms=1.0,
                    code=code,
                    isolation="bubblewrap",
                ),
            )
            attempts[name] = record.uid
            draft = {"code": f"# {marker(name, 'DRAFT')}\n"}
            saved = clients[name].put(f"/api/exercises/{SLUG}/draft", json=draft)
            assert saved.status_code == 200, saved.text
            mentor = users[MENTOR_OF[name]]
            team.store.reviews.add_comment(
                mentor, record, users[name], marker(name, "COMMENT"), file="add_numbers.py", line=1
            )
            jobs[name] = team.store.jobs.create_job(name, SLUG, code, "some-version").id
        yield World(team, users, clients, cohorts, attempts, jobs)


LEARNER_PAGES = [
    "/",
    "/topics",
    "/topics/strings",
    "/exercises",
    f"/exercises/{SLUG}",
    f"/exercises/{SLUG}?compare=1",
    "/progress",
    "/team",
    "/team/reviews",
    "/api/topics",
    "/api/topics/strings",
    "/api/exercises",
    f"/api/exercises/{SLUG}",
    f"/api/exercises/{SLUG}/results",
    "/api/progress",
    "/api/team/me",
]


@pytest.mark.parametrize("path", LEARNER_PAGES)
def test_pages_of_the_signed_in_learner_show_only_their_own_data(world: World, path: str) -> None:
    for viewer in EVERYONE:
        response = world.clients[viewer].get(path)
        assert response.status_code == 200, (viewer, path, response.text[:200])
        for learner in LEARNERS:
            if learner != viewer:
                for secret in markers(learner):
                    assert secret not in response.text, (viewer, path, secret)


def test_a_learner_sees_their_own_draft_attempt_and_review(world: World) -> None:
    for name in LEARNERS:
        client = world.clients[name]
        assert marker(name, "DRAFT") in client.get(f"/api/exercises/{SLUG}").text
        assert marker(name, "ATTEMPT") in client.get(f"/exercises/{SLUG}?compare=1").text
        page = client.get(f"/exercises/{SLUG}")
        assert marker(name, "COMMENT") in page.text  # the review panel
        assert marker(name, "DRAFT") in page.text  # the editor


def test_writes_of_one_learner_never_touch_another(world: World) -> None:
    bob = world.clients["bob"]
    assert (
        bob.put(f"/api/exercises/{SLUG}/draft", json={"code": "# bob again\n"}).status_code == 200
    )
    assert bob.post(f"/api/exercises/{SLUG}/hints").status_code == 200
    ada = world.clients["ada"].get(f"/api/exercises/{SLUG}").json()
    assert marker("ada", "DRAFT") in next(iter(ada["code"].values()))
    assert ada["hints"] == []
    bob.put(f"/api/exercises/{SLUG}/draft", json={"code": f"# {marker('bob', 'DRAFT')}\n"})


LEARNER_RESOURCES = [
    "/team/learners/{learner}",
    "/team/learners/{learner}/exercises/" + SLUG,
    "/api/team/learners/{learner}/attempts",
    "/api/team/learners/{learner}/attempts?exercise=" + SLUG,
]


@pytest.mark.parametrize("template", LEARNER_RESOURCES)
@pytest.mark.parametrize(("viewer", "learner"), list(itertools.product(EVERYONE, LEARNERS)))
def test_a_learner_page_opens_for_them_their_mentors_and_admins_only(
    world: World, template: str, viewer: str, learner: str
) -> None:
    response = world.clients[viewer].get(template.format(learner=learner))
    if may_read(viewer, learner):
        assert response.status_code == 200
        if template == "/team/learners/{learner}":  # the overview: exercises, no code
            assert f"/team/learners/{learner}/exercises/{SLUG}" in response.text
        else:
            assert marker(learner, "ATTEMPT") in response.text
            assert marker(learner, "COMMENT") in response.text
    else:
        assert response.status_code == 404  # as if there were no such learner
        assert "SECRET" not in response.text


COHORT_READS = [
    "/team/cohorts/{id}",
    "/team/cohorts/{id}/progress.csv",
    "/api/team/cohorts/{id}/progress",
]


def mentors_cohort(viewer: str, learner: str) -> bool:
    return viewer in ("root", MENTOR_OF[learner])


@pytest.mark.parametrize("template", COHORT_READS)
@pytest.mark.parametrize(("viewer", "learner"), list(itertools.product(EVERYONE, LEARNERS)))
def test_a_cohort_is_read_by_its_mentors_and_admins_only(
    world: World, template: str, viewer: str, learner: str
) -> None:
    cohort = world.cohorts[learner]
    response = world.clients[viewer].get(template.format(id=cohort.id))
    if mentors_cohort(viewer, learner):
        assert response.status_code == 200
        assert learner in response.text
    else:
        assert response.status_code == 404
        assert cohort.name not in response.text
        assert f"{learner}," not in response.text


OUTSIDERS = [(v, c) for v, c in itertools.product(EVERYONE, LEARNERS) if not mentors_cohort(v, c)]


@pytest.mark.parametrize(("viewer", "learner"), OUTSIDERS)
def test_cohort_writes_by_others_are_refused_and_change_nothing(
    world: World, viewer: str, learner: str
) -> None:
    cohort = world.cohorts[learner]
    client = world.clients[viewer]
    before_invitations = len(world.team.store.accounts.invitations(cohort.id))
    writes = [
        client.post(f"/team/cohorts/{cohort.id}/path", data={"path": "topic strings"}),
        client.post(f"/team/cohorts/{cohort.id}/invitations", data={"role": "mentor"}),
        client.post(f"/team/cohorts/{cohort.id}/members/{learner}/remove"),
    ]
    assert [w.status_code for w in writes] == [404, 404, 404]
    after = world.team.store.cohorts.cohort_for(world.users["root"], cohort.id)
    assert after is not None
    assert after.path == ()
    assert learner in [u.username for u in after.learners]
    assert len(world.team.store.accounts.invitations(cohort.id)) == before_invitations


@pytest.mark.parametrize(("viewer", "learner"), list(itertools.product(EVERYONE, LEARNERS)))
def test_comments_go_only_on_attempts_the_author_may_read(
    world: World, viewer: str, learner: str
) -> None:
    uid = world.attempts[learner]
    before = len(world.team.store.reviews.comments([uid])[uid])
    response = world.clients[viewer].post(
        f"/team/attempts/{uid}/comments", data={"body": f"from {viewer}"}
    )
    after = world.team.store.reviews.comments([uid])[uid]
    if may_read(viewer, learner):
        assert response.status_code == 303
        assert len(after) == before + 1
    else:
        assert response.status_code == 404
        assert len(after) == before


@pytest.mark.parametrize(("viewer", "learner"), list(itertools.product(EVERYONE, LEARNERS)))
def test_a_job_is_read_by_its_learner_only(world: World, viewer: str, learner: str) -> None:
    job = world.jobs[learner]
    client = world.clients[viewer]
    status = client.get(f"/api/jobs/{job}")
    if viewer == learner:
        assert status.status_code == 200
        assert status.json()["state"] == "queued"
    else:
        assert status.status_code == 404
        events = client.get(f"/api/jobs/{job}/events")
        assert events.status_code == 404


ADMIN_WRITES = [
    ("/team/admin/users/ada/role", {"role": "admin"}),
    ("/team/admin/users/ada/active", {"active": "0"}),
    ("/team/admin/users/ada/password", {"password": "taken-over-password"}),
    ("/team/admin/invitations", {"role": "admin"}),
]


@pytest.mark.parametrize("viewer", ["grace", "alan", "ada", "bob"])
def test_only_admins_administer(world: World, viewer: str) -> None:
    client = world.clients[viewer]
    assert client.get("/team/admin").status_code == 403
    assert client.get("/api/team/health").status_code == 403
    invitations = len(world.team.store.accounts.invitations())
    for path, form in ADMIN_WRITES:
        assert client.post(path, data=form).status_code == 403, path
    ada = world.team.store.accounts.user("ada")
    assert ada is not None
    assert (ada.role, ada.active) == ("learner", True)
    assert len(world.team.store.accounts.invitations()) == invitations
    assert world.clients["ada"].get("/").status_code == 200  # her session still stands
    assert world.team.anonymous().post("/team/admin/invitations/1/revoke").status_code in (401, 303)


@pytest.mark.parametrize("viewer", ["ada", "bob"])
def test_learners_cannot_create_cohorts(world: World, viewer: str) -> None:
    before = len(world.team.store.cohorts.cohorts_for(world.users["root"]))
    response = world.clients[viewer].post("/team/cohorts", data={"name": f"by {viewer}"})
    assert response.status_code == 403
    assert len(world.team.store.cohorts.cohorts_for(world.users["root"])) == before


CLASSIFIED = {
    # the signed-in learner's own data: test_pages_of_the_signed_in_learner_...
    ("GET", "/"), ("GET", "/topics"), ("GET", "/topics/{slug}"), ("GET", "/exercises"),
    ("GET", "/exercises/{slug}"), ("GET", "/progress"), ("GET", "/api/curriculum"),
    ("GET", "/api/topics"), ("GET", "/api/topics/{slug}"), ("GET", "/api/exercises"),
    ("GET", "/api/exercises/{slug}"), ("GET", "/api/exercises/{slug}/results"),
    ("GET", "/api/progress"), ("GET", "/team"), ("GET", "/team/reviews"),
    ("GET", "/api/team/me"),
    # the signed-in learner's own writes: test_writes_of_one_learner_never_touch_another
    ("POST", "/exercises/{slug}/run"), ("POST", "/exercises/{slug}/hints"),
    ("POST", "/exercises/{slug}/resolve"), ("POST", "/exercises/{slug}/save"),
    ("POST", "/api/exercises/{slug}/submit"), ("PUT", "/api/exercises/{slug}/draft"),
    ("POST", "/api/exercises/{slug}/hints"), ("POST", "/api/exercises/{slug}/jobs"),
    # another account's resources by id
    ("GET", "/team/learners/{username}"), ("GET", "/team/learners/{username}/exercises/{slug}"),
    ("GET", "/api/team/learners/{username}/attempts"), ("GET", "/team/cohorts/{cohort_id}"),
    ("GET", "/team/cohorts/{cohort_id}/progress.csv"),
    ("GET", "/api/team/cohorts/{cohort_id}/progress"), ("POST", "/team/cohorts/{cohort_id}/path"),
    ("POST", "/team/cohorts/{cohort_id}/invitations"),
    ("POST", "/team/cohorts/{cohort_id}/members/{username}/remove"),
    ("POST", "/team/attempts/{uid}/comments"), ("GET", "/api/jobs/{job_id}"),
    ("GET", "/api/jobs/{job_id}/events"), ("POST", "/team/cohorts"),
    # admins only
    ("GET", "/team/admin"), ("GET", "/api/team/health"),
    ("POST", "/team/admin/users/{username}/role"), ("POST", "/team/admin/users/{username}/active"),
    ("POST", "/team/admin/users/{username}/password"), ("POST", "/team/admin/invitations"),
    ("POST", "/team/admin/invitations/{invitation_id}/revoke"),
    # public or about the session itself (test_team_auth)
    ("GET", "/login"), ("POST", "/login"), ("POST", "/logout"), ("GET", "/signup/{token}"),
    ("POST", "/signup/{token}"), ("GET", "/favicon.ico"), ("GET", "/docs"),
    ("GET", "/openapi.json"),
}  # fmt: skip


def _routes(routes: list[BaseRoute]) -> Iterator[BaseRoute]:
    """Every route, including those of included routers (FastAPI keeps them nested)."""
    for route in routes:
        nested = getattr(route, "original_router", None)
        if nested is not None:
            yield from _routes(nested.routes)
        else:
            yield route


def test_every_route_has_its_authorisation_tested(world: World) -> None:
    """A new route fails this test until it is classified (and tested) above."""
    found = set()
    for route in _routes(world.team.app.routes):
        if isinstance(route, Mount):
            assert route.path.startswith("/static"), route.path
            continue
        for method in getattr(route, "methods", set()) - {"HEAD"}:
            found.add((method, getattr(route, "path", "")))
    assert found == CLASSIFIED
