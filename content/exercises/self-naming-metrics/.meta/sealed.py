"""Sealed cases for self-naming-metrics: the declaring code is generated, compiled under a
unique file name and registered in ``linecache`` (where varname, like ``inspect``, reads
source), then run against the learner's module. Variable and attribute targets, names with
and without ``_total``, digits, capitals and non-ASCII letters; increments including
negative, bool and float amounts; help texts with backslashes, line breaks and unicode;
settings passed as variables and attributes, set, ``None`` or empty."""

from __future__ import annotations

import hashlib
import linecache
import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "self_naming_metrics"

NAMES = (
    "http_requests_total",
    "jobs_total",
    "a_total",
    "_total",
    "Retries_total",
    "x2_total",
    "cache_hits",
    "total",
    "ünï_total",
    "v2_api_total",
    "_private_total",
)
HELPS = ("HTTP requests", "", "path C:\\tmp", "two\nlines", "ends with \\", "naïve ✓", "a\\nb")
SETTINGS = ("db_url", "redis_url", "secret_key", "region", "API_TOKEN", "débit")


def _run(source: str, namespace: dict[str, Any]) -> dict[str, Any]:
    """Run ``source`` as if it were a file varname can read."""
    filename = f"<sealed {hashlib.sha256(source.encode()).hexdigest()[:16]}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), namespace)
    return namespace


def named(solution, target, help_text):  # type: ignore[no-untyped-def]
    """``target = Counter(help_text)``: the counter's name and help, or the error class."""
    holder = "class _Holder:\n    pass\n\napp = _Holder()\n"
    source = f"{holder}{target} = Counter({help_text!r})\nfound = {target}\n"
    try:
        counter = _run(source, {"Counter": solution.Counter})["found"]
    except ValueError:
        return "raised ValueError"
    return [counter.name, counter.help, counter.value]


def counted(solution, amounts):  # type: ignore[no-untyped-def]
    """Each ``inc`` outcome (None or the error class), then the value."""
    counter = _run("events_total = Counter('events')\n", {"Counter": solution.Counter})
    events = counter["events_total"]
    steps = []
    for amount in amounts:
        try:
            steps.append(events.inc(amount) if amount != "default" else events.inc())
        except (TypeError, ValueError) as exc:
            steps.append(f"raised {type(exc).__name__}")
    return [steps, events.value]


def rendered(solution, counters):  # type: ignore[no-untyped-def]
    """``render`` of counters declared one per line, increased by the given amounts."""
    lines = [f"{name} = Counter({help_text!r})" for name, help_text, _ in counters]
    lines += [f"{name}.inc({amount})" for name, _, amount in counters]
    names = ", ".join(name for name, _, _ in counters)
    source = "\n".join([*lines, f"text = render({names})", ""])
    try:
        return _run(source, {"Counter": solution.Counter, "render": solution.render})["text"]
    except ValueError:
        return "raised ValueError"


def required(solution, settings):  # type: ignore[no-untyped-def]
    """``require(...)`` over variables and attributes; None, or the names and message."""
    lines = ["class _Settings:", "    pass", "", "settings = _Settings()"]
    arguments = []
    for name, value, as_attribute in settings:
        lines.append(f"{'settings.' if as_attribute else ''}{name} = {value!r}")
        arguments.append(f"settings.{name}" if as_attribute else name)
    lines.append(f"require({', '.join(arguments)})")
    try:
        _run("\n".join([*lines, ""]), {"require": solution.require})
    except solution.MissingSettings as exc:
        return [list(exc.names), str(exc), isinstance(exc, ValueError)]
    return None


def cases(rng: random.Random) -> Iterator[Case]:
    """About 35 cases over the three tasks (varname reads source and frames: kept lean)."""
    for name in NAMES:
        target = f"app.{name}" if gen.chance(rng, 0.4) else name
        yield Case.probe(named, target, gen.pick(rng, HELPS), task=1)
    choices = (1, 0, 5, 10**12, -1, -(10**12), True, False, 1.0, "2", None, "default")
    for _ in range(5):
        yield Case.probe(
            counted, [gen.pick(rng, choices) for _ in range(rng.randint(1, 6))], task=1
        )
    good = [name for name in NAMES if name.endswith("_total") and name.isascii()]
    for _ in range(9):
        picked = gen.some(rng, good, rng.randint(1, 4))
        counters = [[name, gen.pick(rng, HELPS), rng.randint(0, 10**6)] for name in picked]
        if gen.chance(rng, 0.15):
            counters.append(list(counters[0]))
        yield Case.probe(rendered, counters, task=2)
    for _ in range(11):
        settings = [
            [
                name,
                gen.pick(rng, (None, "", "set", " ", 0, "postgresql://db")),
                gen.chance(rng, 0.4),
            ]
            for name in gen.some(rng, SETTINGS, rng.randint(1, 5))
        ]
        yield Case.probe(required, settings, task=3)
