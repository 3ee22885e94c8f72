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
RETRY_AFTER = ("0", "1", "2", "7", "60", "1.5", "-1", "soon", "Wed, 21 Oct 2026 07:28:00 GMT")


def _reply(rng: random.Random) -> dict[str, Any]:
    kind = gen.pick(rng, ("ok", "ok", "5xx", "5xx", "429", "4xx", "401", "drop"))
    if kind == "ok":
        return {"status": gen.pick(rng, (200, 200, 201)), "body": {"n": rng.randint(0, 99)}}
    if kind == "5xx":
        reply: dict[str, Any] = {"status": gen.pick(rng, (500, 502, 503, 504))}
        if gen.chance(rng, 0.3):
            reply["headers"] = {"Retry-After": gen.pick(rng, RETRY_AFTER)}
        return reply
    if kind == "429":
        headers = {"Retry-After": gen.pick(rng, RETRY_AFTER)} if gen.chance(rng, 0.8) else {}
        return {"status": 429, "headers": headers}
    if kind == "4xx":
        return {"status": gen.pick(rng, (400, 403, 404, 408, 409, 422))}
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
    from carrier_api_client_test import ApiServer, Clock, Reply, Sleeps

    server = ApiServer()
    for path, replies in script.items():
        server.reply(path, *(Reply(**reply) for reply in replies))
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
    for attempts in (0, -1):
        calls = [("/v1/rates", None, {"attempts": attempts}, 0)]
        yield Case.probe(session, {}, calls, task=3, group="retries without auth")
    for _ in range(3):
        holds = [{"hold": 2.0} for _ in range(rng.randint(1, 2))]
        script = {"/v1/rates": [*holds, {"body": {"late": True}}]}
        calls = [("/v1/rates", None, {"attempts": 2}, 0)]
        yield Case.probe(session, script, calls, timeout=0.125, task=1, group="timeouts")
