"""Sealed cases for http-client-shortcuts.

A recording transport shows what was sent (nothing for an invalid call). Header names in
mixed case, empty bodies on GET and DELETE, methods in odd case or with spaces, base URLs
with several trailing slashes; retried calls with keyword arguments, status sets given as
tuples and ranges, calls that raise; hosts with upper-case regions, non-ASCII digits,
trailing newlines, text around a valid host and unescaped-dot look-alikes, and more hosts
than the cache holds.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe
from pyhero.sealed.record import Recorder

SOLUTION = "http_client_shortcuts"

BASES = ("https://api.example.com", "https://api.example.com/v1/", "http://localhost:8080//",
         "https://h/v2///", "http://10.0.0.7:9000/base")  # fmt: skip
BAD_BASES = ("ftp://h", "h.example.com", "", " https://h", "https:/h", "file:///tmp")
METHOD_SPELLINGS = ("GET", "get", "Get", "POST", "post", "PUT", "pUt", "DELETE", "delete")
BAD_METHODS = ("PATCH", "FETCH", " get", "GET\n", "", "HEAD", "\uff27\uff25\uff34")
PATHS = ("/orders", "/", "/orders/42?expand=lines", "//double", "/café/ünïcode", "/a b")
BAD_PATHS = ("orders", "", " /x", "https://other/x")
HEADER_NAMES = ("Accept", "X-B", "accept-language", "x-request-id", "Content-Type", "ETag",
                "authorization", "Z")  # fmt: skip
REGIONS = ("eu-west-1", "us-east-2", "ap-southeast-3", "sa-east-9", "EU-WEST-1", "Us-East-2")


def _fake_transport(recorder: Recorder, statuses: list[int]) -> Any:
    from_solution: list[Any] = []

    def transport(request: Any) -> Any:
        recorder.log.append(("sent", request.method, request.url, request.headers, request.body))
        status = statuses.pop(0) if statuses else 200
        return from_solution[0].Response(status, f"reply {len(recorder.log)}".encode())

    return transport, from_solution


def client_calls(solution, base_url, calls):  # type: ignore[no-untyped-def]
    """``calls`` of ``(name, args, kwargs)`` on a client with a recording transport: what
    each returned (its status and body) and everything sent."""
    recorder = Recorder()
    transport, holder = _fake_transport(recorder, [])
    holder.append(solution)
    client = solution.ApiClient(base_url, transport)
    seen = []
    for name, args, kwargs in calls:
        outcome = observe(getattr(client, name), *args, **kwargs)
        reply = outcome.value
        seen.append((reply.status, reply.body) if outcome.returned else outcome)
    return {"results": seen, "log": list(recorder.log)}


def construct(solution, base_url):  # type: ignore[no-untyped-def]
    """The constructor: a ``ValueError``, or the URL a ``GET /x`` goes to."""
    recorder = Recorder()
    transport, holder = _fake_transport(recorder, [])
    holder.append(solution)
    created = observe(solution.ApiClient, base_url, transport)
    if not created.returned:
        return created
    created.value.request("GET", "/x")
    return list(recorder.log)


def retried(solution, statuses, kind, attempts, script, args, kwargs):  # type: ignore[no-untyped-def]
    """``retry_on`` around a recording call whose n-th call returns ``script[n]`` (a status,
    or ``"raise"``): every call it received and the outcome."""
    container = {"frozenset": frozenset, "set": set, "tuple": tuple, "list": list}
    codes = range(*statuses) if kind == "range" else container[kind](statuses)
    recorder = Recorder()
    replies = list(script)

    def fetch(*call_args: Any, **call_kwargs: Any) -> Any:
        """Fetch something flaky."""
        recorder.log.append(("call", call_args, call_kwargs))
        reply = replies.pop(0) if replies else 200
        if reply == "raise":
            raise ConnectionError("reset by peer")
        return solution.Response(reply, f"#{len(recorder.log)}".encode())

    made = observe(solution.retry_on, codes, attempts)
    if not made.returned:
        return {"retry_on": made}
    wrapper = made.value(fetch)
    outcome = observe(wrapper, *args, **kwargs)
    reply = outcome.value
    return {
        "outcome": (reply.status, reply.body) if outcome.returned else outcome,
        "log": list(recorder.log),
        "name": getattr(wrapper, "__name__", None),
        "doc": getattr(wrapper, "__doc__", None),
    }


def regions(solution, hosts):  # type: ignore[no-untyped-def]
    """Every host resolved on a cleared cache, then the cache's statistics."""
    solution.resolve_region.cache_clear()
    results = [observe(solution.resolve_region, host) for host in hosts]
    info = solution.resolve_region.cache_info()
    return {"results": results, "cache": (info.hits, info.misses, info.maxsize, info.currsize)}


def _headers(rng: random.Random) -> dict[str, str] | None:
    if gen.chance(rng, 0.25):
        return None
    names = gen.some(rng, gen.shuffled(rng, HEADER_NAMES))
    return {name: gen.pick(rng, ("json", "1", "", "é", "a b")) for name in names}


def _call(rng: random.Random) -> tuple[str, list[Any], dict[str, Any]]:
    """A valid call, through ``request`` or a shortcut."""
    method = gen.pick(rng, METHOD_SPELLINGS)
    path = gen.pick(rng, PATHS)
    kwargs: dict[str, Any] = {}
    if method.upper() in ("POST", "PUT") and gen.chance(rng, 0.7):
        kwargs["body"] = gen.pick(rng, (b"{}", b"", b'{"qty": 2}', "ünï".encode()))
    headers = _headers(rng)
    if headers is not None:
        kwargs["headers"] = headers
    if gen.chance(rng, 0.5):
        return method.lower(), [path], kwargs
    return "request", [method, path], kwargs


def _bad_call(rng: random.Random) -> tuple[str, list[Any], dict[str, Any]]:
    """A call with exactly one fault."""
    fault = gen.pick(rng, ("method", "path", "body"))
    if fault == "method":
        return "request", [gen.pick(rng, BAD_METHODS), "/x"], {}
    if fault == "path":
        return "request", [gen.pick(rng, METHOD_SPELLINGS), gen.pick(rng, BAD_PATHS)], {}
    method = gen.pick(rng, ("GET", "get", "DELETE", "Delete"))
    body = gen.pick(rng, (b"", b"x", b"{}"))
    if gen.chance(rng, 0.5):
        return method.lower(), ["/x"], {"body": body}
    return "request", [method, "/x"], {"body": body}


def _host(rng: random.Random) -> str:
    region = gen.pick(rng, REGIONS)
    roll = rng.randrange(12)
    if roll < 5:
        host = f"api.{region}.example.com"
        return gen.pick(rng, (host, host.upper(), f"API.{region}.Example.COM"))
    return gen.pick(rng, (
        f"api.{region[:-1]}{gen.pick(rng, gen.NON_ASCII_DIGITS[:4])}.example.com",
        f"api.{region}.example.com\n",
        f"evil-api.{region}.example.com",
        f"api.{region}.example.com.attacker.net",
        f"apix{region}yexamplezcom",
        f"api.{region}0.example.com",
        f"api.{region}.example.com.",
        "api.e-west-1.example.com",
        "api.eu-west-1a.example.com",
        "api.eu-1.example.com",
    ))  # fmt: skip


def _client_cases(rng: random.Random) -> Iterator[Case]:
    for base in BAD_BASES:
        yield Case.probe(construct, base, task=1)
    for base in BASES:
        yield Case.probe(construct, base, task=1)
    for _ in range(30):
        calls = [_call(rng) if gen.chance(rng, 0.75) else _bad_call(rng)
                 for _ in range(rng.randint(1, 5))]  # fmt: skip
        yield Case.probe(client_calls, gen.pick(rng, BASES), calls, task=1)
    for method in ("GET", "delete", "Get", "DELETE"):  # b"" is a body too
        calls = [
            ("request", [method, "/x"], {"body": b""}),
            (method.lower(), ["/y"], {"body": b""}),
        ]
        yield Case.probe(client_calls, gen.pick(rng, BASES), calls, task=1)


def _retry_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        kind = gen.pick(rng, ("frozenset", "set", "tuple", "list", "range"))
        statuses = [500, 600] if kind == "range" else gen.some(rng, (429, 500, 502, 503, 504))
        attempts = gen.pick(rng, (1, 2, 3, 5))
        retryable = list(range(*statuses)) if kind == "range" else statuses
        final = (200, 201, 404, 500, 429) if kind != "range" else (200, 404, 499, 600)
        script = [gen.pick(rng, retryable) for _ in range(rng.randint(0, 6)) if retryable]
        script.append(gen.pick(rng, final))
        if gen.chance(rng, 0.15) and script:
            script[rng.randrange(len(script))] = "raise"
        args = gen.pick(rng, ([], ["/orders"], ["/orders", 2]))
        kwargs = gen.pick(rng, ({}, {"headers": {"X-Try": "1"}}, {"timeout": 2.5, "body": b""}))
        yield Case.probe(retried, statuses, kind, attempts, script, args, kwargs, task=3)
    for attempts in (0, -1):
        yield Case.probe(retried, [503], "frozenset", attempts, [], [], {}, task=3)
    for script in ([503, "raise", 200], ["raise", 200], [502, 503, "raise"]):  # no retry
        yield Case.probe(retried, [502, 503], "tuple", 4, script, ["/x"], {}, task=3)


def _region_cases(rng: random.Random) -> Iterator[Case]:
    digits = [f"api.eu-west-{digit}.example.com" for digit in gen.NON_ASCII_DIGITS[:4]]
    yield Case.probe(regions, [*digits, "api.eu-west-1.example.com"], task=4)
    for _ in range(12):
        hosts = [_host(rng) for _ in range(rng.randint(1, 8))]
        hosts += gen.some(rng, hosts)
        yield Case.probe(regions, gen.shuffled(rng, hosts), task=4)
    many = [f"api.{a}{b}-west-{n}.example.com" for a in "abc" for b in "xyzw" for n in range(10)]
    many += [f"api.{a}{b}-east-{n}.example.com" for a in "de" for b in "xyzw" for n in range(10)]
    yield Case.probe(regions, [*many[:300], *many[:5], *many[-5:]], task=4)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 90 cases per seed."""
    yield from _client_cases(rng)
    yield from _retry_cases(rng)
    yield from _region_cases(rng)
