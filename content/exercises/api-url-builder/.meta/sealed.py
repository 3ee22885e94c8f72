"""Sealed cases for api-url-builder: bases with and without trailing slashes, segments full
of slashes, dots, percent signs and non-ASCII text; queries with repeated keys, removals and
new keys; URLs with encoded passwords and secret parameters in any case. Results are
observed decoded (scheme, user, password, host, port, path segments, query pairs, fragment),
so any correct percent-encoding agrees."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, unquote

from pyhero.sealed import Case, gen

SOLUTION = "api_url_builder"

BASES = (
    "https://api.example.com",
    "https://api.example.com/",
    "https://api.example.com/v2",
    "https://api.example.com/v2/",
    "http://127.0.0.1:8080/internal/api",
    "https://API.Example.com:8443/a%20b/v1/",
    "https://api.example.com/v2?debug=1#top",
)
BAD_BASES = ("/v2/users", "ftp://files.example.com/pub", "api.example.com/v2", "mailto:a@b.c")
PIECES = (
    "users",
    "reports",
    "2024",
    "Q1",
    "a",
    "b",
    " ",
    "/",
    "?",
    "#",
    "%",
    "%2F",
    "+",
    "&",
    "=",
    ":",
    "@",
    ";",
    "~",
    ".",
    "..",
    "Zürich",
    "日本",
    "é",
    "😀",
    "-",
    "_",
)
KEYS = ("cursor", "limit", "type", "tag", "q", "page_size", "Type", "sort")
SECRETS = ("token", "Token", "ACCESS_TOKEN", "api_key", "Api_Key", "password", "signature")
PLAIN_KEYS = ("id", "q", "tokens", "user", "pass", "sig", "limit")


def decoded(url: str) -> list[Any]:
    """The parts of ``url`` with every percent-encoding undone."""
    from yarl import URL

    parsed = URL(url)
    return [
        parsed.scheme,
        parsed.user,
        parsed.password,
        parsed.host,
        parsed.explicit_port,
        [unquote(part) for part in parsed.raw_path.split("/")],
        list(parsed.query.items()),
        parsed.fragment,
    ]


def built(solution, function, *args):  # type: ignore[no-untyped-def]
    """The decoded result of ``function(*args)``, or the exception class."""
    try:
        result = getattr(solution, function)(*args)
    except ValueError:
        return "raised ValueError"
    return decoded(result)


def _segment(rng: random.Random) -> Any:
    if gen.chance(rng, 0.15):
        return rng.randrange(0, 10**6)
    if gen.chance(rng, 0.06):
        return gen.pick(rng, ("", ".", ".."))
    return "".join(gen.pick(rng, PIECES) for _ in range(rng.randint(1, 4)))


def _value(rng: random.Random) -> str:
    return "".join(gen.pick(rng, PIECES[:20]) for _ in range(rng.randint(0, 3)))


def _query(rng: random.Random, keys: tuple[str, ...]) -> str:
    pairs = [(gen.pick(rng, keys), _value(rng)) for _ in range(rng.randint(0, 5))]
    return "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 70 cases over the three tasks."""
    for _ in range(30):
        base = gen.pick(rng, BAD_BASES) if gen.chance(rng, 0.1) else gen.pick(rng, BASES)
        segments = [_segment(rng) for _ in range(rng.randint(0, 4))]
        yield Case.probe(built, "endpoint", base, *segments, task=1)
    for _ in range(20):
        query = _query(rng, KEYS)
        url = f"https://api.example.com/v2/events{'?' + query if query else ''}"
        if gen.chance(rng, 0.3):
            url += "#frag"
        params: dict[str, Any] = {}
        for _ in range(rng.randint(0, 4)):
            kind = rng.random()
            value = None if kind < 0.3 else rng.randrange(1000) if kind < 0.5 else _value(rng)
            params[gen.pick(rng, KEYS)] = value
        yield Case.probe(built, "with_params", url, params, task=2)
    for _ in range(20):
        user = gen.pick(rng, ("etl", "bob", "ünï", "a.b"))
        password = gen.pick(rng, (None, "s3cret", "p@ss", "a:b/c", "etl", "db", "x y%"))
        auth = quote(user, safe="") + (f":{quote(password, safe='')}" if password else "")
        host = gen.pick(rng, ("db.internal", "db.internal:5432", "hooks.example.com"))
        query = _query(rng, SECRETS + PLAIN_KEYS)
        url = f"https://{auth}@{host}/db/etl{'?' + query if query else ''}"
        yield Case.probe(built, "redact", url, task=3)
