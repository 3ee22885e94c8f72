"""Sealed cases for carrier-api-client: sessions of get_json calls against a real local
server (the visible tests' ApiServer) whose script mixes successes, 5xx, 429 with
Retry-After values of every kind, client errors, 401s, dropped connections and silent
answers, with or without a bearer token whose endpoint may refuse or issue short-lived
tokens while a fake clock moves on. Observed: what each call returned or raised (with the
error's status and path), the delays it asked to sleep, and everything the server received
(method, path and query, Authorization, token forms, the client's headers)."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "carrier_api_client"

PATHS = ("/v1/rates", "/v1/zones", "/v1/labels/42")
ERRORS = ("AuthError", "ApiError", "httpx.ReadTimeout", "httpx.ConnectError",
          "httpx.RemoteProtocolError", "ValueError")  # fmt: skip


def _reply_object(reply: dict[str, Any]) -> Any:
    """The test server's ``Reply``; header values as http.server must be given them to send
    their UTF-8 bytes (it encodes them as Latin-1; httpx decodes them back)."""
    from carrier_api_client_test import Reply

    headers = {name: value.encode("utf-8").decode("latin-1")
               for name, value in reply.get("headers", {}).items()}  # fmt: skip
    return Reply(**{**reply, "headers": headers})


#: Whole seconds in ASCII digits, and everything else: fractions, signs, dates, and digits
#: that ``str.isdigit`` or ``int`` accept although they are not ASCII (Arabic-Indic three,
#: full-width seven, superscript two).
RETRY_AFTER = ("0", "1", "2", "7", "60", "03", "00", "1.5", "-1", "+3", "soon", "3s", "1e1",
               "Wed, 21 Oct 2026 07:28:00 GMT", "\u0663", "\uff17", "\u00b2")  # fmt: skip
#: Statuses by what get_json must do with them (3xx stay out: make_client may follow them).
SUCCESS = (200, 201, 202, 203, 299)
RETRYABLE = (429, 500, 501, 502, 503, 504, 505, 507, 511, 599)
NOT_RETRYABLE = (400, 402, 403, 404, 405, 408, 409, 410, 413, 418, 422, 425, 428, 431, 451, 499)


def _reply(rng: random.Random) -> dict[str, Any]:
    kind = gen.pick(rng, ("ok", "ok", "5xx", "5xx", "429", "4xx", "401", "drop"))
    if kind == "ok":
        return {"status": gen.pick(rng, (200, 200, *SUCCESS)), "body": {"n": rng.randint(0, 99)}}
    if kind == "5xx":
        reply: dict[str, Any] = {"status": gen.pick(rng, RETRYABLE[1:])}
        if gen.chance(rng, 0.3):
            reply["headers"] = {"Retry-After": gen.pick(rng, RETRY_AFTER)}
        return reply
    if kind == "429":
        headers = {"Retry-After": gen.pick(rng, RETRY_AFTER)} if gen.chance(rng, 0.8) else {}
        return {"status": 429, "headers": headers}
    if kind == "4xx":
        return {"status": gen.pick(rng, NOT_RETRYABLE)}
    if kind == "401":
        return {"status": 401}
    return {"drop": True}


def _token_reply(rng: random.Random) -> dict[str, Any]:
    if gen.chance(rng, 0.15):
        return {"status": gen.pick(rng, (400, 401, 500, 503))}
    expires = gen.pick(rng, (300, 60, 30, 11, 10, 5))
    return {"body": {"access_token": f"tok-{rng.randint(100, 999)}", "expires_in": expires}}


def session(solution, script, calls, auth=False, timeout=5.0):  # type: ignore[no-untyped-def]
    """Run ``calls`` (path, params, options, seconds the clock moves first) in order on one
    client against a server answering from ``script``."""
    from carrier_api_client_test import ApiServer, Clock, Sleeps

    server = ApiServer()
    for path, replies in script.items():
        server.reply(path, *(_reply_object(reply) for reply in replies))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    seen: list[Any] = []
    try:
        clock = Clock()
        token = None
        if auth:
            token = solution.BearerTokenAuth(f"{server.url}/oauth/token", "shop-7", "s3cret",
                                             clock=clock)  # fmt: skip
        with solution.make_client(server.url, auth=token, timeout=timeout) as client:
            for path, params, options, advance in calls:
                clock.now += advance
                sleeps = Sleeps()
                outcome = observe(solution.get_json, client, path, params=params, sleep=sleeps,
                                  errors=ERRORS, **options)  # fmt: skip
                error = outcome.exception
                seen.append({"outcome": outcome, "sleeps": [float(s) for s in sleeps],
                             "status": getattr(error, "status_code", None),
                             "path": getattr(error, "path", None)})  # fmt: skip
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join()
    headers = sorted({(h.get("user-agent"), h.get("accept")) for h in server.headers_seen
                      if "content-type" not in h})  # fmt: skip
    return {"calls": seen, "log": server.log, "forms": server.forms, "headers": headers}


def pool_wait(solution, timeout, pool_timeout="default"):  # type: ignore[no-untyped-def]
    """With ``max_connections=1`` and the one connection held by an unread streamed answer,
    one more request: it must give up after the pool timeout. The held answer is closed
    after a second, so a client that waits longer gets the connection instead."""
    from carrier_api_client_test import ApiServer

    server = ApiServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    options = {} if pool_timeout == "default" else {"pool_timeout": pool_timeout}
    try:
        client = solution.make_client(server.url, timeout=timeout, max_connections=1, **options)
        # The held request has time to spare (a loaded machine must not time it out).
        with client, client.stream("GET", "/v1/held", timeout=10.0) as held:
            release = threading.Timer(1.0, held.close)
            release.start()
            try:
                outcome = observe(
                    lambda: client.get("/v1/other").status_code,
                    errors=("httpx.PoolTimeout", "httpx.TransportError"),
                )
            finally:
                release.cancel()
                release.join()
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    return {"outcome": outcome, "sent": [path for _, path, _ in server.log]}


def _statuses(rng: random.Random) -> tuple[dict[str, list[dict[str, Any]]], list[Any]]:
    """One call per status, each on its own path: a success, a retryable answer followed by
    a success, or an answer that must raise at once (a retry would get a 200)."""
    script: dict[str, list[dict[str, Any]]] = {}
    calls = []
    statuses = [*SUCCESS, *RETRYABLE, *NOT_RETRYABLE]
    rng.shuffle(statuses)
    for status in statuses:
        path = f"/v1/status/{status}"
        script[path] = [{"status": status, "body": {"status": status}}, {"body": {"n": 1}}]
        calls.append((path, None, {"attempts": 2, "backoff": gen.pick(rng, (0.5, 1.5))}, 0))
    return script, calls


def _retry_afters(rng: random.Random) -> tuple[dict[str, list[dict[str, Any]]], list[Any]]:
    """Every kind of Retry-After on a retryable answer, each followed by a success."""
    values = list(RETRY_AFTER)
    rng.shuffle(values)
    replies = []
    for value in values:
        replies += [{"status": gen.pick(rng, (429, 503)), "headers": {"Retry-After": value}},
                    {"body": {"after": value}}]  # fmt: skip
    calls = [("/v1/rates", None, {"attempts": 2, "backoff": gen.pick(rng, (0.5, 1.5)),
                                  "max_delay": 30.0}, 0) for _ in values]  # fmt: skip
    return {"/v1/rates": replies}, calls


def _calls(rng: random.Random, count: int) -> list[Any]:
    calls = []
    for _ in range(count):
        options: dict[str, Any] = {}
        if gen.chance(rng, 0.7):
            options["attempts"] = gen.pick(rng, (1, 2, 3, 3, 4, 5))
        if gen.chance(rng, 0.5):
            options["backoff"] = gen.pick(rng, (0.25, 0.5, 1.0, 1.5))
        if gen.chance(rng, 0.5):
            options["max_delay"] = gen.pick(rng, (1.0, 2.0, 8.0))
        params = {"from": gen.pick(rng, ("NL", "DE")), "grams": rng.randint(1, 30000)}
        calls.append((gen.pick(rng, PATHS), params if gen.chance(rng, 0.3) else None, options,
                      gen.pick(rng, (0, 0, 1, 19.5, 20, 45, 50, 290))))  # fmt: skip
    return calls


def _script(rng: random.Random, replies: int) -> dict[str, list[dict[str, Any]]]:
    script: dict[str, list[dict[str, Any]]] = {path: [] for path in PATHS}
    for _ in range(replies):
        script[gen.pick(rng, PATHS)].append(_reply(rng))
    return script


def cases(rng: random.Random) -> Iterator[Case]:
    """About 60 sessions per seed, each on its own server and client."""
    for _ in range(25):
        calls = _calls(rng, rng.randint(1, 4))
        yield Case.probe(session, _script(rng, rng.randint(0, 10)), calls, task=3,
                         group="retries without auth")  # fmt: skip
    for _ in range(25):
        script = _script(rng, rng.randint(0, 8))
        script["/oauth/token"] = [_token_reply(rng) for _ in range(rng.randint(0, 4))]
        calls = _calls(rng, rng.randint(1, 5))
        yield Case.probe(session, script, calls, auth=True, task=2, group="bearer tokens")
    yield Case.probe(session, *_statuses(rng), task=3, group="statuses")
    yield Case.probe(session, *_retry_afters(rng), task=3, group="retry-after values")
    # A second 401 is the API's answer (ApiError, not AuthError); a 401, then a retryable
    # answer; last, a token refused on the refresh after a 401 (what a client does after
    # that is left open).
    script = {
        "/v1/rates": [{"status": 401}, {"status": 401}],
        "/v1/zones": [{"status": 401}, {"status": gen.pick(rng, (503, 429))}],
        "/v1/labels/42": [{"status": 401}],
        "/oauth/token": [{}, {}, {}, {"status": gen.pick(rng, (400, 401, 503))}],
    }
    calls = [
        (path, None, {"backoff": 1.0}, 0) for path in ("/v1/rates", "/v1/zones", "/v1/labels/42")
    ]
    yield Case.probe(session, script, calls, auth=True, task=2, group="second 401")
    yield Case.probe(pool_wait, 0.1, task=1, group="pool timeout")
    yield Case.probe(pool_wait, 0.1, None, task=1, group="pool timeout")
    yield Case.probe(pool_wait, 5.0, 0.0, task=1, group="pool timeout")
    for attempts in (0, -1):
        calls = [("/v1/rates", None, {"attempts": attempts}, 0)]
        yield Case.probe(session, {}, calls, task=3, group="retries without auth")
    for _ in range(3):
        holds = [{"hold": 2.0} for _ in range(rng.randint(1, 2))]
        script = {"/v1/rates": [*holds, {"body": {"late": True}}]}
        calls = [("/v1/rates", None, {"attempts": 2}, 0)]
        yield Case.probe(session, script, calls, timeout=0.125, task=1, group="timeouts")
