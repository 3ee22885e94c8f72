"""Sealed cases for api-client-error-hierarchy.

Every status from 400 to 599 and around; network errors of every ``ConnectionError``
subclass next to other ``OSError``s; calls nested in calls; records with ``None``,
``bool``, float and huge ids; nested exception groups holding plain ``ApiError``s,
``KeyError``s and ``BaseException``s; collections interrupted by ``KeyboardInterrupt``.
Exceptions are built in the probes from names, and observed by class, message, notes and
the identity of their cause.
"""

from __future__ import annotations

import builtins
import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "api_client_error_hierarchy"

CLASSES = ("ApiError", "RetryableError", "FatalError", "RateLimited", "ServerError",
           "TransportError", "BadRequest", "Unauthorized", "NotFound", "ValidationError",
           "Cancelled")  # fmt: skip
NETWORK = ("ConnectionError", "ConnectionResetError", "ConnectionRefusedError",
           "BrokenPipeError", "TimeoutError")  # fmt: skip
OTHERS = ("FileNotFoundError", "PermissionError", "OSError", "KeyError", "ValueError")


def _make(solution, name, text="boom"):  # type: ignore[no-untyped-def]
    """An exception of the learner's class ``name`` or of the built-in one."""
    if name == "ValidationError":
        return solution.ValidationError("id", text)
    if name == "RateLimited":
        return solution.RateLimited(text, retry_after=1.5)
    if name in CLASSES:
        cls = getattr(solution, name)
        return cls(text) if name == "Cancelled" else cls(text, status=None)
    return getattr(builtins, name)(text)


def _seen(exc, labels=None):  # type: ignore[no-untyped-def]
    """An exception as data: its class, message, notes and cause."""
    if exc is None:
        return None
    cause = exc.__cause__
    return {
        "class": type(exc).__name__,
        "message": str(exc),
        "notes": list(getattr(exc, "__notes__", [])),
        "cause": None if cause is None else (labels or {}).get(id(cause), type(cause).__name__),
    }


def hierarchy(solution):  # type: ignore[no-untyped-def]
    """Every class's bases as the instructions draw them, and its ``retryable`` flag."""
    found = {}
    for name in CLASSES:
        cls = getattr(solution, name)
        found[name] = {
            "is": [other for other in CLASSES if issubclass(cls, getattr(solution, other))],
            "Exception": issubclass(cls, Exception),
            "retryable": getattr(cls, "retryable", None),
        }
    return found


def for_status(solution, status, message, retry_after):  # type: ignore[no-untyped-def]
    options = {} if retry_after is None else {"retry_after": retry_after}
    outcome = observe(solution.error_for_status, status, message, **options)
    if not outcome.returned:
        return (outcome, str(outcome.exception))
    error = outcome.value
    return {"class": type(error).__name__, "message": str(error), "status": error.status,
            "retry_after": getattr(error, "retry_after", None)}  # fmt: skip


def endpoint_call(solution, endpoint, raised, nested):  # type: ignore[no-untyped-def]
    """``call_endpoint`` around a ``send`` that raises ``raised`` (``None``: returns), itself
    called through another ``call_endpoint`` when ``nested``."""
    original = None if raised is None else _make(solution, raised, "from send")

    def send() -> Any:
        if original is None:
            return {"ok": True}
        raise original

    def call() -> Any:
        if nested:
            return solution.call_endpoint("/outer", lambda: solution.call_endpoint(endpoint, send))
        return solution.call_endpoint(endpoint, send)

    outcome = observe(call)
    if outcome.returned:
        return {"returned": outcome}
    exc = outcome.exception
    return {"raised": _seen(exc, {id(original): "the original"}),
            "same object": exc is original}  # fmt: skip


def batch(solution, records):  # type: ignore[no-untyped-def]
    """``validate_batch``; a raised group as its message and its errors."""
    outcome = observe(solution.validate_batch, records)
    exc = outcome.exception
    if not isinstance(exc, ExceptionGroup):
        return outcome
    errors = [(_seen(e), isinstance(e, solution.ValidationError)) for e in exc.exceptions]
    return {"message": exc.message, "errors": errors}


def _group(solution, spec, labels):  # type: ignore[no-untyped-def]
    """``["group", message, [children]]`` or a leaf class name; labels every leaf."""
    if isinstance(spec, list):
        _, message, children = spec
        items = [_group(solution, child, labels) for child in children]
        return BaseExceptionGroup(message, items)  # an ExceptionGroup when it can be
    leaf = _make(solution, spec, f"leaf {len(labels)}")
    labels[id(leaf)] = f"{spec}#{len(labels)}"
    return leaf


def _shape(exc, labels):  # type: ignore[no-untyped-def]
    if isinstance(exc, BaseExceptionGroup):
        return [type(exc).__name__, exc.message, [_shape(e, labels) for e in exc.exceptions]]
    return labels.get(id(exc), f"new {type(exc).__name__}")


def split(solution, spec):  # type: ignore[no-untyped-def]
    """``split_failures`` on a nested group: the two lists as leaf labels, or the shape of
    what propagated."""
    labels: dict[int, str] = {}
    group = _group(solution, spec, labels)
    outcome = observe(solution.split_failures, group)
    if outcome.returned:
        retryable, fatal = outcome.value
        return {"retryable": [labels.get(id(e), "?") for e in retryable],
                "fatal": [labels.get(id(e), "?") for e in fatal]}  # fmt: skip
    return {"propagated": _shape(outcome.exception, labels)}


def collected(solution, plan):  # type: ignore[no-untyped-def]
    """``collect`` over calls that return a value or raise (by class name): the results in
    order, described, and which calls ran."""
    ran: list[str] = []
    originals: dict[int, str] = {}

    def make_call(key: str, action: list[Any]) -> Any:
        def call() -> Any:
            ran.append(key)
            if action[0] == "value":
                return action[1]
            error = _make(solution, action[1], f"in {key}")
            originals[id(error)] = f"the {action[1]} of {key}"
            raise error

        return call

    calls = {key: make_call(key, action) for key, action in plan}
    outcome = observe(solution.collect, calls)
    if not outcome.returned:
        return {"raised": type(outcome.exception).__name__, "ran": ran}
    results = []
    for key, value in outcome.value.items():
        if isinstance(value, BaseException):
            stored = originals.get(id(value), "new")
            results.append((key, stored, _seen(value, originals)))
        else:
            results.append((key, value))
    return {"results": results, "ran": ran}


def _record(rng: random.Random) -> dict[str, Any]:
    record: dict[str, Any] = {}
    if gen.chance(rng, 0.85):
        record["id"] = gen.pick(rng, (1, 7, 2**70, 0, -3, None, True, False, 1.0, "7", [1]))
    if gen.chance(rng, 0.85):
        record["email"] = gen.pick(rng, ("a@example.com", "@", "no-at", "", None, 42,
                                         ["a@b"], "x\uff20y", "é@ü"))  # fmt: skip
    if gen.chance(rng, 0.2):
        record["name"] = "extra"
    return record


LEAVES = ("RateLimited", "ServerError", "TransportError", "BadRequest", "NotFound",
          "ValidationError", "Unauthorized")  # fmt: skip
COLLECTED = (*LEAVES, "ApiError", "KeyError", "ZeroDivisionError", "FileNotFoundError")
STRANGERS = ("ApiError", "KeyError", "ValueError", "Cancelled", "KeyboardInterrupt")


def _group_spec(rng: random.Random, depth: int, strangers: bool) -> list[Any]:
    children: list[Any] = []
    for _ in range(rng.randint(1, 4)):
        if depth < 2 and gen.chance(rng, 0.3):
            children.append(_group_spec(rng, depth + 1, strangers))
        elif strangers and gen.chance(rng, 0.3):
            children.append(gen.pick(rng, STRANGERS))
        else:
            children.append(gen.pick(rng, LEAVES))
    return ["group", f"level {depth}: {gen.word(rng, ascii_only=True)}", children]


def cases(rng: random.Random) -> Iterator[Case]:
    """About 130 cases per seed."""
    yield Case.probe(hierarchy, task=1)
    statuses = [*gen.some(rng, range(400, 600), 30), 401, 403, 404, 429, 500, 599, 400, 499]
    for status in statuses:
        retry_after = gen.pick(rng, (None, 0.0, 2.5, 30.0))
        yield Case.probe(for_status, status, gen.text(rng), retry_after, task=1)
    for status in (0, -1, 100, 200, 302, 399, 600, 1000):
        yield Case.probe(for_status, status, "fine", None, task=1, group="for_status: not errors")
    for raised in (None, *NETWORK, *OTHERS, "NotFound", "RateLimited", "ServerError", "Cancelled",
                   "ValidationError", "TransportError"):  # fmt: skip
        endpoint = gen.pick(rng, ("/users", "/orders/42?x=1", "/é"))
        yield Case.probe(endpoint_call, endpoint, raised, gen.chance(rng, 0.3), task=2)
    for _ in range(25):
        records = [_record(rng) for _ in range(gen.pick(rng, (0, 1, 2, 4, 7)))]
        yield Case.probe(batch, records, task=3)
    for _ in range(20):
        yield Case.probe(split, _group_spec(rng, 0, gen.chance(rng, 0.4)), task=3)
    for stranger in ("ApiError", "KeyError", "Cancelled"):  # nested, next to known ones
        spec = ["group", "sync", ["ServerError", ["group", "page 2", ["NotFound", stranger]]]]
        yield Case.probe(split, spec, task=3)
    for _ in range(12):
        plan = []
        for index in range(rng.randint(1, 5)):
            roll = rng.random()
            if roll < 0.4:
                action: list[Any] = ["value", gen.pick(rng, (1, None, "ok", [1]))]
            elif roll < 0.9:
                action = ["raise", gen.pick(rng, COLLECTED)]
            else:
                action = ["raise", gen.pick(rng, ("Cancelled", "KeyboardInterrupt", "SystemExit"))]
            plan.append((f"k{index}", action))
        yield Case.probe(collected, plan, task=4)
    for stop in ("KeyboardInterrupt", "SystemExit", "Cancelled"):
        plan = [("a", ["value", 1]), ("b", ["raise", stop]), ("c", ["value", 3])]
        yield Case.probe(collected, plan, task=4)
