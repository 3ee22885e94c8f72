"""Sealed cases for typed-job-intake: queue names at the length limits, with capitals,
non-ASCII letters and digits, trailing newlines; bools where ints are due; long tag lists
and payloads with a single bad item at a random place (beartype samples one item of a
container per call, so only a validator that checks them all is deterministic); bases and
attempts around their bounds, ints for floats."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "typed_job_intake"
VIOLATIONS = (
    "beartype.roar.BeartypeCallHintParamViolation",
    "beartype.roar.BeartypeCallHintReturnViolation",
)

NAME_FIRST = ("a", "q", "z", "A", "1", "_", "-", "é", "ß")
NAME_REST = ("a", "m", "z", "0", "9", "-", "_", "B", " ", ".", "٣", "\u0131", "\n")
GOOD_TAGS = ("urgent", "ops", "billing", "eu-west", "v2", "ünïcode", "a\u200bb", "x")
BAD_TAGS: tuple[Any, ...] = ("", " ", "two words", "tab\there", "nbsp\u00a0x", "new\n", 3, None)


def bearable(solution, hint, value):  # type: ignore[no-untyped-def]
    """Whether ``value`` satisfies the learner's module-level hint ``hint``."""
    from beartype.door import is_bearable

    return is_bearable(value, getattr(solution, hint))


def _queue_name(rng: random.Random) -> Any:
    if gen.chance(rng, 0.05):
        return gen.pick(rng, (None, 7, b"emails"))
    good = gen.chance(rng, 0.5)
    length = gen.pick(rng, (1, 2, 8, 63, 64, 65)) if gen.chance(rng, 0.4) else rng.randint(1, 12)
    first = "e" if good else gen.pick(rng, NAME_FIRST)
    rest = [gen.pick(rng, NAME_REST[:7] if good else NAME_REST) for _ in range(length - 1)]
    return first + "".join(rest)


def _tags(rng: random.Random, *, bad_rate: float = 0.4) -> Any:
    if gen.chance(rng, 0.08):
        return gen.pick(rng, ("urgent", "", b"ops", {"urgent"}))
    count = gen.pick(rng, (0, 1, 20, 21)) if gen.chance(rng, 0.2) else rng.randint(2, 18)
    tags = [gen.pick(rng, GOOD_TAGS) for _ in range(count)]
    if tags and gen.chance(rng, bad_rate):
        tags[rng.randrange(len(tags))] = gen.pick(rng, BAD_TAGS)
    return tuple(tags) if gen.chance(rng, 0.3) else tags


def _priority(rng: random.Random) -> Any:
    return gen.pick(rng, (0, 9, 5, 1, -1, 10, True, False, 5.0, "5", None))


def _payload(rng: random.Random) -> dict[Any, Any]:
    payload: dict[Any, Any] = {f"k{i}": gen.pick(rng, (1, "v", None, [1, 2])) for i in range(12)}
    if gen.chance(rng, 0.3):
        payload[gen.pick(rng, (1, None, 2.5, ("k",)))] = "x"
    return payload


def cases(rng: random.Random) -> Iterator[Case]:
    """About 110 cases over the three tasks."""
    edge_names = ("emails\n", "e" * 63 + "\n", "e" * 64, "e" * 65, "é", "e٣", "e\u0131", "E")
    for name in [*edge_names, *(_queue_name(rng) for _ in range(20))]:
        yield Case.probe(bearable, "QueueName", name, task=1, group="QueueName")
    for value in (0, 9, -1, 10, True, False, 3.0, "3", None):
        yield Case.probe(bearable, "Priority", value, task=1, group="Priority")
    for tags in (["x"] * 20, ("x",) * 21, [*GOOD_TAGS] * 2, [], ()):
        yield Case.probe(bearable, "Tags", tags, task=1, group="Tags")
    for _ in range(20):
        yield Case.probe(bearable, "Tags", _tags(rng), task=1, group="Tags")
    for _ in range(30):
        kwargs: dict[str, Any] = {}
        if gen.chance(rng, 0.5):
            kwargs["priority"] = _priority(rng)
        if gen.chance(rng, 0.7):
            kwargs["tags"] = None if gen.chance(rng, 0.1) else _tags(rng, bad_rate=0.2)
        queue = _queue_name(rng) if gen.chance(rng, 0.3) else "emails"
        payload = _payload(rng) if gen.chance(rng, 0.5) else {"id": rng.randrange(100)}
        yield Case.call("enqueue", queue, payload, errors=VIOLATIONS, task=2, **kwargs)
    bases = (1, 2, 0.5, 0.125, 300, 300.0, 299.5, 150, 7, 0, -1, 301, 1e-9)
    edges = ((1, 20), (1, 21), (1, 1), (1, 0), (300, 1), (300.0, 2), (300.5, 1), (0, 1))
    for base, attempts in edges:
        yield Case.call("retry_delays", base, attempts, errors=VIOLATIONS, task=3)
    for _ in range(12):
        base = gen.pick(rng, bases)
        attempts = gen.pick(rng, (1, 2, 5, 10, 19, 20, 21, 0, -3, True, 3.0))
        yield Case.call("retry_delays", base, attempts, errors=VIOLATIONS, task=3)
