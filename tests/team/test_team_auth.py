"""Signing in and out, sessions, cookies, invitations, CSRF and the security headers of the
team server (real PostgreSQL and Redis)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pyhero.team import accounts
from pyhero.team._security import token_hash

from .conftest import PASSWORD, Services, Team, running_team

pytestmark = [pytest.mark.postgres, pytest.mark.redis]


def test_signed_out_pages_go_to_login_and_the_api_answers_401(team: Team) -> None:
    browser = team.anonymous()
    for path in ("/", "/exercises/add-numbers", "/progress", "/team", "/docs"):
        response = browser.get(path)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login?next=")
    assert browser.get("/exercises/add-numbers?compare=1").headers["location"] == (
        "/login?next=/exercises/add-numbers%3Fcompare%3D1"
    )
    for path in ("/api/curriculum", "/api/exercises", "/openapi.json", "/api/team/me"):
        response = browser.get(path)
        assert response.status_code == 401, path
        assert response.json() == {"detail": "sign in first (POST /login)"}
    assert browser.post("/api/exercises/add-numbers/submit", json={"code": ""}).status_code == 401
    assert browser.get("/login").status_code == 200
    assert browser.get("/static/style.css").status_code == 200


def test_signing_in_sets_a_signed_http_only_lax_session_cookie(team: Team) -> None:
    ada = team.user("ada")
    browser = team.anonymous()
    response = browser.post(
        "/login", data={"username": "Ada ", "password": PASSWORD, "next": "/topics"}
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/topics"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("pyhero_session=")
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert "Path=/" in cookie
    assert "Secure" not in cookie  # plain http, no trusted proxy
    value = cookie.split(";")[0].split("=", 1)[1]
    token, signature = value.rsplit(".", 1)
    assert team.store.accounts.session_user(token_hash(token)) == ada
    page = browser.get("/")
    assert page.status_code == 200
    assert "Sign out" in page.text
    assert "ada" in page.text

    browser.cookies.set("pyhero_session", f"{token}.{signature[:-2]}xx")  # forged signature
    assert browser.get("/").status_code == 303


def test_wrong_passwords_are_refused_then_rate_limited(services: Services) -> None:
    with running_team(services.settings(login_attempts=3)) as team:
        team.user("ada")
        browser = team.anonymous()
        for _ in range(3):
            wrong = browser.post("/login", data={"username": "ada", "password": "nope-nope-nope"})
            assert wrong.status_code == 401
            assert "Wrong user name or password." in wrong.text
        unknown = browser.post("/login", data={"username": "nobody", "password": PASSWORD})
        assert unknown.status_code == 401  # the same answer as a wrong password
        limited = browser.post("/login", data={"username": "ada", "password": PASSWORD})
        assert limited.status_code == 429
        assert "Too many failed sign-ins" in limited.text
        assert int(limited.headers["retry-after"]) > 0
        assert "set-cookie" not in limited.headers
        other = team.anonymous()  # another account is not affected by ada's limit
        team.user("bob")
        assert (
            other.post("/login", data={"username": "bob", "password": PASSWORD}).status_code == 303
        )


def test_redirects_after_sign_in_stay_on_this_site(team: Team) -> None:
    team.user("ada")
    for target in ("//evil.example/x", "https://evil.example/", "/\\evil.example"):
        browser = team.anonymous()
        response = browser.post(
            "/login", data={"username": "ada", "password": PASSWORD, "next": target}
        )
        assert response.headers["location"] == "/"


def test_signing_out_ends_the_session_on_the_server(team: Team) -> None:
    team.user("ada")
    browser = team.client("ada")
    stolen = browser.cookies.get("pyhero_session")
    assert browser.post("/logout").status_code == 303
    thief = team.anonymous()
    thief.cookies.set("pyhero_session", stolen or "")
    assert thief.get("/").status_code == 303


def test_a_password_reset_or_a_deactivation_ends_every_session(team: Team) -> None:
    team.user("ada")
    browser = team.client("ada")
    accounts.reset_password(team.store, "ada", "a-brand-new-password", actor="test")
    assert browser.get("/").status_code == 303
    assert team.client("ada", "a-brand-new-password").get("/").status_code == 200
    again = team.client("ada", "a-brand-new-password")
    accounts.set_active(team.store, "ada", False, actor="test")
    assert again.get("/").status_code == 303
    refused = team.anonymous().post(
        "/login", data={"username": "ada", "password": "a-brand-new-password"}
    )
    assert refused.status_code == 401


def test_writes_with_a_session_need_the_csrf_token(team: Team) -> None:
    team.user("ada")
    browser = team.client("ada")
    token = browser.headers.pop("X-CSRF-Token")
    body = {"code": "x = 1\n"}
    refused = browser.put("/api/exercises/add-numbers/draft", json=body)
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]
    other = token[:-1] + ("B" if token.endswith("A") else "A")  # never the token itself
    wrong = browser.put(
        "/api/exercises/add-numbers/draft", json=body, headers={"X-CSRF-Token": other}
    )
    assert wrong.status_code == 403
    ok = browser.put("/api/exercises/add-numbers/draft", json=body, headers={"X-CSRF-Token": token})
    assert ok.status_code == 200
    # A plain form carries the token as a field (the pages render it in every form).
    hint = browser.post("/exercises/add-numbers/hints", data={"csrf_token": token})
    assert hint.status_code == 303
    assert browser.post("/exercises/add-numbers/hints", data={}).status_code == 403
    page = browser.get("/exercises/add-numbers")
    assert f'name="csrf_token" value="{token}"' in page.text
    assert browser.post("/logout").status_code == 403  # signing out is a write too


def test_cross_site_writes_and_framing_are_refused(team: Team) -> None:
    team.user("ada")
    browser = team.client("ada")
    forged = browser.post(
        "/exercises/add-numbers/hints",
        headers={"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
    )
    assert forged.status_code == 403
    for path in ("/", "/team", "/login", "/api/team/me"):
        headers = browser.get(path).headers
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert (
            "'unsafe-inline'"
            not in headers["content-security-policy"].split("script-src")[1].split(";")[0]
        )
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin"
        assert headers["x-frame-options"] == "DENY"


def _session_addresses(team: Team) -> list[str | None]:
    from sqlalchemy import select

    from pyhero.progress._team_models import UserSession

    with team.store.progress._read() as session:
        return list(session.scalars(select(UserSession.address)))


def test_forwarded_headers_count_only_from_trusted_proxies(services: Services) -> None:
    with running_team(services.settings(trusted_proxies="10.0.0.5, 172.18.0.0/16")) as team:
        team.user("ada")
        forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7, 172.18.0.3"}
        login = {"username": "ada", "password": PASSWORD}
        stranger = team.anonymous("198.51.100.9")
        direct = stranger.post("/login", data=login, headers=forwarded)
        assert "Secure" not in direct.headers["set-cookie"]
        proxy = team.anonymous("10.0.0.5")
        proxy.headers.update(forwarded)
        secured = proxy.post("/login", data=login)
        assert secured.status_code == 303
        assert "Secure" in secured.headers["set-cookie"]
        cookie = secured.headers["set-cookie"].split(";")[0]  # Secure: httpx keeps it for https
        page = proxy.get("/", headers={"Cookie": cookie})
        assert page.status_code == 200
        assert page.headers["strict-transport-security"] == "max-age=31536000"
        # The client is the nearest address that is not one of the proxies.
        assert sorted(_session_addresses(team), key=str) == ["198.51.100.9", "203.0.113.7"]


def test_an_invitation_signs_up_once_and_expires(team: Team) -> None:
    mentor = team.user("grace", "mentor")
    cohort = accounts.create_cohort(team.store, "Autumn", mentor, actor="test")
    link, _ = accounts.invite(team.store, team.settings, "learner", actor="test", cohort=cohort)
    path = "/signup/" + link.rsplit("/", 1)[1]
    browser = team.anonymous()
    page = browser.get(path)
    assert page.status_code == 200
    assert "Autumn" in page.text
    form = {"username": "ada", "password": PASSWORD, "confirm": PASSWORD, "display_name": "Ada"}
    mismatch = browser.post(path, data={**form, "confirm": "something-else"})
    assert mismatch.status_code == 422
    assert "The two passwords differ." in mismatch.text
    short = browser.post(path, data={**form, "password": "short", "confirm": "short"})
    assert short.status_code == 422
    assert "at least 10 characters" in short.text
    signed_up = browser.post(path, data=form)
    assert signed_up.status_code == 303
    assert browser.get("/").status_code == 200  # signed in straight away
    again = team.anonymous().post(path, data={**form, "username": "eve"})
    assert again.status_code == 410
    assert "used already" in again.text
    assert team.store.accounts.user("eve") is None
    found = team.store.cohorts.cohort_for(mentor, cohort.id)
    assert found is not None
    assert [u.username for u in found.learners] == ["ada"]

    old, _ = accounts.invite(team.store, team.settings, "learner", actor="test")
    with team.store.progress._write.begin() as session:  # age the invitation by 8 days
        from sqlalchemy import update

        from pyhero.progress._team_models import Invitation

        session.execute(
            update(Invitation)
            .where(Invitation.token_hash == token_hash(old.rsplit("/", 1)[1]))
            .values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    expired = team.anonymous().get("/signup/" + old.rsplit("/", 1)[1])
    assert expired.status_code == 410
    assert "expired" in expired.text
    assert team.anonymous().get("/signup/not-a-token").status_code == 410
