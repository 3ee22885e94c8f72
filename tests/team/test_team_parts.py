"""The team server's parts that need no service: tokens and cookie signatures, proxy
headers, path parsing, the dashboard's figures and its CSV, the rate limiter's windows."""

from __future__ import annotations

import ipaddress
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from pyhero.config import Settings
from pyhero.curriculum import content_version, load_curriculum
from pyhero.progress import (
    CohortProgress,
    CohortRecord,
    ExerciseProgress,
    MemberRecord,
    PathItem,
    Status,
    TeamError,
    UserRecord,
)
from pyhero.team._dashboard import build_dashboard, path_topics, to_csv
from pyhero.team._layers import TrustedProxies
from pyhero.team._security import (
    check_password,
    csrf_token,
    hash_password,
    new_token,
    sign,
    token_hash,
    unsign,
    verify_password,
)
from pyhero.team.accounts import base_url
from pyhero.team.routes.cohorts import parse_path

from .conftest import FIXTURE_CONTENT

KEY = b"k" * 32


def test_a_cookie_signature_fails_for_any_other_key_or_token() -> None:
    token, hashed = new_token()
    assert hashed == token_hash(token)
    assert len(token) >= 43
    value = sign(KEY, token)
    assert unsign(KEY, value) == token
    assert unsign(b"other" * 8, value) is None
    assert unsign(KEY, value.replace(token[:4], "AAAA", 1)) is None
    assert unsign(KEY, token) is None
    assert unsign(KEY, "." + value.split(".")[1]) is None
    assert csrf_token(KEY, token) != csrf_token(KEY, new_token()[0])
    assert csrf_token(KEY, token) not in value  # a CSRF token is not the session's


def test_passwords_are_argon2id_hashes_checked_in_constant_work() -> None:
    with pytest.raises(TeamError, match="at least 10"):
        check_password("short")
    stored = hash_password("long enough password")
    assert stored.startswith("$argon2id$")
    assert verify_password(stored, "long enough password")
    assert not verify_password(stored, "long enough passwore")
    assert not verify_password(None, "long enough password")  # unknown user: a dummy check
    assert not verify_password("not a hash", "long enough password")
    assert not verify_password(stored, "x" * 5000)


async def _scheme_and_client(
    networks: tuple[str, ...], client: str, headers: dict[str, str]
) -> tuple[str, str]:
    seen: dict[str, Any] = {}

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.update(scope)

    layer = TrustedProxies(app, [ipaddress.ip_network(n) for n in networks])
    scope = {
        "type": "http",
        "scheme": "http",
        "client": (client, 1234),
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }
    await layer(scope, None, None)  # type: ignore[arg-type]
    return seen["scheme"], seen["client"][0]


@pytest.mark.parametrize(
    ("client", "headers", "expected"),
    [
        ("10.0.0.5", {"X-Forwarded-Proto": "https", "X-Forwarded-For": "198.51.100.1"},
         ("https", "198.51.100.1")),
        ("10.0.0.5", {"X-Forwarded-For": "6.6.6.6, 198.51.100.1, 10.0.0.9"},
         ("http", "198.51.100.1")),  # the nearest untrusted hop; a client cannot pick its own
        ("192.0.2.8", {"X-Forwarded-Proto": "https", "X-Forwarded-For": "198.51.100.1"},
         ("http", "192.0.2.8")),  # not a proxy of ours: nothing believed
        ("10.0.0.5", {"X-Forwarded-Proto": "gopher"}, ("http", "10.0.0.5")),
    ],
)  # fmt: skip
def test_forwarded_headers_are_believed_from_trusted_proxies_only(
    client: str, headers: dict[str, str], expected: tuple[str, str]
) -> None:
    import anyio

    # A thread of its own: a browser test's sync Playwright leaves an event loop marked as
    # running in the main thread, and anyio refuses to start a second one there.
    with ThreadPoolExecutor(1) as thread:
        found = thread.submit(
            anyio.run, _scheme_and_client, ("10.0.0.0/24",), client, headers
        ).result()
    assert found == expected


CURRICULUM = load_curriculum(FIXTURE_CONTENT)


def test_a_path_is_parsed_line_by_line_with_clear_errors() -> None:
    items = parse_path(
        CURRICULUM, "# the basics\nsection foundations\n\ntopic packaging 2027-03-01\n"
    )
    assert items == [
        PathItem(kind="section", slug="foundations"),
        PathItem(kind="topic", slug="packaging", deadline=date(2027, 3, 1)),
    ]
    for text, message in [
        ("chapter foundations", "line 1 ('chapter foundations'): write 'section <slug>'"),
        ("section nope", "line 1 ('section nope'): no section 'nope'"),
        ("\ntopic strngs", "line 2 ('topic strngs'): no topic 'strngs'; did you mean strings?"),
        ("topic strings 24/12/2026", "the deadline must be a date like 2026-12-24"),
        ("topic strings 2026-12-24 extra", "write 'section <slug>' or 'topic <slug>'"),
    ]:
        with pytest.raises(
            TeamError, match=message.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")
        ):
            parse_path(CURRICULUM, text)


def _user(user_id: int, name: str) -> UserRecord:
    now = datetime.now(UTC)
    return UserRecord(id=user_id, username=name, display_name=name.title(), role="learner",
                      active=True, created_at=now)  # fmt: skip


def _progress(
    slug: str, status: Status, attempts: int, hints: int, days_ago: int
) -> ExerciseProgress:
    at = datetime.now(UTC) - timedelta(days=days_ago)
    return ExerciseProgress(
        exercise=slug,
        status=status,
        attempts=attempts,
        hints_used=hints,
        last_attempt_at=at if attempts else None,
        done_at=at if status is Status.DONE else None,
    )


def test_the_dashboard_flags_who_is_stuck_and_why() -> None:
    now = datetime.now(UTC)
    ada, bob, cy = _user(1, "ada"), _user(2, "bob"), _user(3, "cy")
    joined = now - timedelta(days=30)
    cohort = CohortRecord(
        id=1,
        name="C",
        created_at=joined,
        members=tuple(
            MemberRecord(user=u, role="learner", joined_at=joined) for u in (ada, bob, cy)
        ),
        path=(
            PathItem(kind="topic", slug="numbers", deadline=(now - timedelta(days=2)).date()),
            PathItem(kind="section", slug="practice"),
            PathItem(kind="topic", slug="gone"),
        ),
    )
    report = CohortProgress(
        progress={
            "ada": {"add-numbers": _progress("add-numbers", Status.DONE, 1, 0, 1)},
            "bob": {"add-numbers": _progress("add-numbers", Status.ATTEMPTED, 6, 2, 10)},
            "cy": {},
        },
        last_attempt={"ada": now - timedelta(days=1), "bob": now - timedelta(days=10), "cy": None},
    )
    times = [("ada", now - timedelta(days=1), "passed"), ("bob", now, "failed")]
    board = build_dashboard(CURRICULUM, cohort, report, times, now, Settings(stuck_days=7))
    assert [t.topic.slug for t in board.topics] == ["numbers", "comprehensions", "packaging"]
    assert board.unknown == ["topic gone"]
    rows = {row.user.username: row for row in board.rows}
    assert [c.status for c in rows["ada"].cells] == ["done", "pending", "none"]
    assert [c.late for c in rows["bob"].cells] == [True, False, False]
    assert rows["ada"].stuck == []
    assert rows["bob"].stuck == [
        "6 failed attempts at Add numbers",
        "used all 2 hints on Add numbers",
        "no exercise passed since joining 30 days ago",
    ]
    assert rows["cy"].stuck == ["no exercise passed since joining 30 days ago"]
    assert (board.days[-1].attempts, board.days[-2].passed) == (1, 1)
    table = to_csv(board).splitlines()
    assert table[0].endswith("numbers,comprehensions,packaging")
    assert table[2].endswith("in progress (late),to do,reading only")


def test_path_topics_keep_the_first_deadline_of_a_topic_listed_twice() -> None:
    first = date(2027, 1, 1)
    topics, unknown = path_topics(
        CURRICULUM,
        [PathItem(kind="topic", slug="numbers", deadline=first),
         PathItem(kind="section", slug="foundations", deadline=date(2027, 2, 2))],
    )  # fmt: skip
    assert [(t.topic.slug, t.deadline) for t in topics] == [
        ("numbers", first),
        ("strings", date(2027, 2, 2)),
    ]
    assert unknown == []


def test_invitation_links_use_the_public_url_else_the_listening_address() -> None:
    assert (
        base_url(Settings(public_url="https://pyhero.example.com/")) == "https://pyhero.example.com"
    )
    assert base_url(Settings(host="0.0.0.0", port=9000)) == "http://127.0.0.1:9000"
    assert base_url(Settings(host="::1", port=80)) == "http://[::1]:80"
    with pytest.raises(ValueError, match="must be an absolute http"):
        Settings(public_url="pyhero.example.com")
    with pytest.raises(ValueError, match="not an IP address"):
        Settings(trusted_proxies="10.0.0.1, proxy.local")
    assert Settings(redis_url="  ").redis_url is None


def test_the_content_version_changes_with_any_content_file(tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, copy)
    before = content_version(copy)
    assert before == content_version(FIXTURE_CONTENT)
    (copy / "exercises" / "add-numbers" / "__pycache__").mkdir()
    (copy / "exercises" / "add-numbers" / "__pycache__" / "x.pyc").write_bytes(b"cache")
    assert content_version(copy) == before  # caches do not count
    hints = copy / "exercises" / "add-numbers" / ".docs" / "hints.md"
    hints.write_text(hints.read_text() + "\nOne more hint.\n")
    assert content_version(copy) != before
