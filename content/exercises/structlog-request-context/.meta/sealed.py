"""Sealed cases for structlog-request-context.

Event dicts mix secret keys in every case (``Refresh_Token``, ``X_API_SECRET``),
look-alikes (``token_count``, ``passwords``, ``secretary``) and mappings that are not
dicts (``MappingProxyType``, ``OrderedDict``), nested; the probe checks that the caller's
dicts are unchanged. Mappings inside lists are left out (the instructions only promise
mappings that are values), and so are non-string keys. Clocks return aware datetimes in
odd and DST zones, with and without microseconds (never naive: the instructions do not
say what a naive time means). Each pipeline case configures structlog from scratch, in an
empty context, and resets it afterwards.
"""

from __future__ import annotations

import io
import json
import random
from collections import OrderedDict
from collections.abc import Iterator
from contextvars import Context
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "structlog_request_context"

SECRET = ("password", "Password", "TOKEN", "api_key", "Api_Key", "authorization",
          "Authorization", "secret", "db_password", "DB_PASSWORD", "Refresh_Token",
          "client_secret", "X_API_SECRET", "oauth_token")  # fmt: skip
PLAIN = ("token_count", "passwords", "secretary", "user", "event", "amount", "apikey",
         "token_", "password_hint", "note", "ünï", "path")  # fmt: skip
VALUES = ("hunter2", "Bearer abc", "", 0, 1999, 3.5, None, True, "ünïcode ✓", [1, "a"])
LEVELS = ("debug", "info", "warning", "error", "critical")


def _event(rng: random.Random, depth: int = 0) -> list[tuple[str, Any, str]]:
    """Items ``(key, value, kind)``; ``kind`` says how a nested mapping is built."""
    items: list[tuple[str, Any, str]] = []
    for key in gen.some(rng, SECRET + PLAIN, rng.randint(0, 6)):
        if depth < 2 and gen.chance(rng, 0.25):
            kind = gen.pick(rng, ("dict", "proxy", "ordered"))
            items.append((key, _event(rng, depth + 1), kind))
        else:
            items.append((key, gen.pick(rng, VALUES), "value"))
    return items


def _build(items: list[tuple[str, Any, str]]) -> dict[str, Any]:
    built: dict[str, Any] = {}
    for key, value, kind in items:
        if kind == "value":
            built[key] = value
        elif kind == "dict":
            built[key] = _build(value)
        elif kind == "ordered":
            built[key] = OrderedDict(_build(value))
        else:
            built[key] = MappingProxyType(_build(value))
    return built


def _plain(value: Any) -> Any:
    """Mappings as sorted item lists, other values as they are."""
    if isinstance(value, MappingProxyType | dict):
        return ["mapping", sorted((k, _plain(v)) for k, v in value.items())]
    return value


def redacted(solution, items):  # type: ignore[no-untyped-def]
    """``redact_secrets`` of the event: the result, and whether the input was touched."""
    event = _build(items)
    before = _plain(event)
    result = observe(solution.redact_secrets, None, "info", event)
    return {"result": result, "input unchanged": _plain(event) == before}


def stamped(solution, moment, existing):  # type: ignore[no-untyped-def]
    """``timestamper(clock)`` on an event (which may already hold a ``ts``)."""
    event = {"event": "x"} if existing is None else {"event": "x", "ts": existing}
    return observe(solution.timestamper(lambda: moment), None, "info", event)


def _parsed(text: str, as_json: bool) -> list[Any]:
    if not as_json:
        return text.splitlines()
    parsed = []
    for line in text.splitlines():
        try:
            data = json.loads(line)
        except ValueError:
            parsed.append(("not JSON", line))
            continue
        if isinstance(data, dict) and isinstance(data.get("exception"), str):
            data["exception"] = data["exception"].strip().splitlines()[-1]  # no file paths
        parsed.append((list(data) if isinstance(data, dict) else None, data))
    return parsed


def _isolated(function: Any) -> Any:
    import structlog
    from structlog.contextvars import clear_contextvars

    def run() -> Any:
        structlog.reset_defaults()
        clear_contextvars()
        try:
            return function()
        finally:
            clear_contextvars()
            structlog.reset_defaults()

    return Context().run(run)


def pipeline(solution, service, as_json, level, moments, script):  # type: ignore[no-untyped-def]
    """``configure_logging`` then ``script``: ``("log", method, event, kwargs)``,
    ``("enter", request_id, fields)`` / ``("leave",)`` for request contexts (a ``leave``
    with a message raises ``RuntimeError`` in the block), ``("error", detail)`` logged with
    ``exception``. What the stream received, parsed when it is JSON."""
    import structlog

    clocks = list(moments)

    def clock() -> datetime:
        return clocks.pop(0) if len(clocks) > 1 else clocks[0]

    def body() -> Any:
        stream = io.StringIO()
        configured = observe(solution.configure_logging, service, stream=stream, json=as_json,
                             level=level, clock=clock, message=level)  # fmt: skip
        if not configured.returned:
            return {"configure": configured}
        log = structlog.get_logger()
        outcomes = []
        steps = iter(script)

        def run(steps: Iterator[tuple[Any, ...]]) -> None:
            for step in steps:
                if step[0] == "log":
                    getattr(log, step[1])(step[2], **step[3])
                elif step[0] == "error":
                    try:
                        raise LookupError(step[1])
                    except LookupError:
                        log.exception("failed", detail=step[1])
                elif step[0] == "enter":
                    outcomes.append(observe(enter, step[1], step[2], steps))
                elif step[0] == "leave":
                    if len(step) > 1:
                        raise RuntimeError(step[1])
                    return

        def enter(request_id: str, fields: dict[str, Any], steps: Iterator[Any]) -> None:
            with solution.request_context(request_id, **fields):
                run(steps)

        run(steps)
        return {"lines": _parsed(stream.getvalue(), as_json), "contexts": outcomes}

    return _isolated(body)


def _moment(rng: random.Random) -> datetime:
    moment = gen.aware_datetime(rng, start=datetime(1950, 1, 1, tzinfo=UTC),
                                end=datetime(2090, 1, 1, tzinfo=UTC), zones="mixed")  # fmt: skip
    if gen.chance(rng, 0.3):
        moment = moment.replace(microsecond=0)
    elif gen.chance(rng, 0.3):
        moment = moment.replace(microsecond=gen.pick(rng, (999_999, 999_500, 1_000, 500)))
    return moment


def _script(rng: random.Random, as_json: bool) -> list[tuple[Any, ...]]:
    script: list[tuple[Any, ...]] = []
    depth = 0
    for _ in range(rng.randint(1, 12)):
        roll = rng.random()
        if roll < 0.5:
            kwargs = {key: gen.pick(rng, VALUES) for key in gen.some(rng, SECRET + PLAIN[:4], 2)
                      if key != "event"}  # fmt: skip
            if gen.chance(rng, 0.15):
                kwargs["service"] = "billing"
            script.append(("log", gen.pick(rng, LEVELS), gen.pick(rng, ("order placed", "ünï", "")),
                           kwargs))  # fmt: skip
        elif roll < 0.6 and as_json:
            script.append(("error", gen.pick(rng, ("k", "missing ünï"))))
        elif roll < 0.8 and depth < 3:
            keys = gen.some(rng, ("user", "step", "api_key", "service", "Session_Token"), 2)
            fields = {key: gen.pick(rng, VALUES) for key in keys}
            request_id = gen.pick(rng, ("req-1", "req-2", "ünï-3", " ", "", "r" * 40))
            script.append(("enter", request_id, fields))
            if request_id:
                depth += 1
        elif depth:
            script.append(("leave", "boom") if gen.chance(rng, 0.3) else ("leave",))
            depth -= 1
    return script


def cases(rng: random.Random) -> Iterator[Case]:
    """About 70 cases per seed."""
    for _ in range(25):
        yield Case.probe(redacted, _event(rng), task=1)
    for _ in range(15):
        existing = "old" if gen.chance(rng, 0.2) else None
        yield Case.probe(stamped, _moment(rng), existing, task=1)
    for level in ("verbose", "Level 5", "inf"):
        yield Case.probe(pipeline, "api", True, level, [_moment(rng)], [], task=2,
                         group="unknown levels")  # fmt: skip
    for _ in range(25):
        service = gen.pick(rng, ("checkout", "api", "paiements-ünï", "svc with space"))
        level = gen.pick(rng, (*LEVELS, "INFO", "Warning", "DEBUG"))
        moments = [_moment(rng) for _ in range(3)]
        as_json = gen.chance(rng, 0.6)
        yield Case.probe(pipeline, service, as_json, level, moments, _script(rng, as_json),
                         task=2)  # fmt: skip
