"""Sealed cases for layered-config-chainmap: variable names that start with the prefix's
letters again (``APP_PATH``) or lower-casing unlike ``casefold()`` (``ß``, a final sigma),
empty-string values in every layer, keys that several layers
share with equal values, changes to the caller's dicts and to the parent config after the
fact, errors recorded out of time order, windows on exact binary-fraction times.

Two environment names never lower-case to the same key (the instructions do not say which
one wins), ``explain`` gets plain four-layer configs, and windows are never negative. Times
are multiples of 1/8 s, so ``now - seconds <= at`` and ``now - at <= seconds`` agree."""

from __future__ import annotations

import random
from collections import ChainMap
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "layered_config_chainmap"

KEYS = ("db_host", "db_port", "path", "api_key", "pool_size", "_private", "log_level",
        "workers", "app_name", "état", "p", "a")  # fmt: skip
VALUES = ("", "", "localhost", "5432", "8", "debug", "0", " ", "db.internal", "naïve", "✓")
PREFIXES = ("APP_", "APP_", "SVC_", "PAYMENTS_", "X", "AP")
OTHER_NAMES = ("HOME", "PATH", "app_path", "APP", "APPLE", "App_Mode", "LANG", "APPS_X")


def _layer(rng: random.Random, keys: tuple[str, ...] = KEYS) -> dict[str, str]:
    return {key: gen.pick(rng, VALUES) for key in gen.some(rng, keys, rng.randint(0, 5))}


def _environ(rng: random.Random, prefix: str) -> dict[str, str]:
    """Prefixed names (mixed case, starting with the prefix's letters again, the bare
    prefix) among unrelated ones; no two prefixed names lower-case alike."""
    names: dict[str, str] = {}
    for key in gen.some(rng, KEYS, rng.randint(0, 6)):
        rest = key.upper() if gen.chance(rng, 0.7) else key.title()
        names[prefix + rest] = gen.pick(rng, VALUES)
    for name in gen.some(rng, OTHER_NAMES, rng.randint(0, 3)):
        if not (name.startswith(prefix) and len(name) > len(prefix)):
            names[name] = gen.pick(rng, VALUES)
    if gen.chance(rng, 0.3):
        names[prefix] = "bare"
    return dict(gen.shuffled(rng, list(names.items())))


def _cli(rng: random.Random) -> dict[str, str | None]:
    return {key: None if gen.chance(rng, 0.4) else gen.pick(rng, VALUES)
            for key in gen.some(rng, KEYS, rng.randint(0, 4))}  # fmt: skip


def build(solution, defaults, file, environ, cli):  # type: ignore[no-untyped-def]
    """The layers and look-ups, then again after the caller changes every input dict."""
    config = solution.build_config(defaults, file, environ, cli)
    keys = sorted({*defaults, *file, *cli, *(k.lower() for k in environ), "missing"})

    def seen() -> dict[str, Any]:
        return {
            "maps": [dict(layer) for layer in config.maps],
            "values": {key: config.get(key, "<absent>") for key in keys},
        }

    before = seen()
    for layer in (defaults, file, environ, cli):
        for key in list(layer):
            layer[key] = "changed later"
        layer["APP_LATE"] = "added later"
    return {"is_chainmap": isinstance(config, ChainMap), "before": before, "after": seen()}


def explain_all(solution, layers, keys):  # type: ignore[no-untyped-def]
    """``explain`` for every key on a four-layer ChainMap built here."""
    config = ChainMap(*(dict(layer) for layer in layers))
    return [observe(solution.explain, config, key) for key in keys]


def overrides(solution, layers, given, writes):  # type: ignore[no-untyped-def]
    """A child scope: its look-ups, then writes to the child, to the caller's ``given`` dict
    and to the parent config, and the look-ups of both afterwards."""
    config = ChainMap(*(dict(layer) for layer in layers))
    child = solution.with_overrides(config, given)
    keys = sorted({*KEYS, *given} | {key for layer in layers for key in layer})

    def values(mapping: Any) -> dict[str, str]:
        return {key: mapping.get(key, "<absent>") for key in keys}

    first = {"child": values(child), "parents": values(child.parents)}
    for target, key, value in writes:
        if target == "child":
            child[key] = value
        elif target == "given":
            given[key] = value
        else:
            config[key] = value
    return {
        "is_chainmap": isinstance(child, ChainMap),
        "first": first,
        "child": values(child),
        "config": values(config),
        "parents": values(child.parents),
    }


def recent_errors(solution, capacity, ops):  # type: ignore[no-untyped-def]
    """Operations on one ``RecentErrors``; ``("meddle",)`` changes a list ``recent()``
    returned, then reads ``recent()`` again."""
    created = observe(solution.RecentErrors, capacity, message="capacity")
    if not created.returned:
        return created
    errors = created.value
    seen: list[Any] = []
    for op in ops:
        if op[0] == "record":
            errors.record(op[1], op[2])
        elif op[0] == "recent":
            seen.append(errors.recent())
        elif op[0] == "meddle":
            got = errors.recent()
            got.append("meddled")
            got.reverse()
            seen.append(errors.recent())
        elif op[0] == "in_window":
            seen.append(errors.in_window(op[1], op[2]))
        else:
            seen.append(errors.is_burst(op[1], op[2], op[3]))
    return seen


def _time(rng: random.Random) -> float:
    return rng.randint(0, 800) / 8


def _error_ops(rng: random.Random) -> list[tuple[Any, ...]]:
    ops: list[tuple[Any, ...]] = []
    latest = 0.0
    for _ in range(gen.size(rng, large=60) + 2):
        roll = rng.random()
        if roll < 0.5:
            # Mostly later times, often equal ones, now and then an earlier one.
            step = gen.pick(rng, (0, 0.125, 0.5, 1, 3))
            at = latest + step if gen.chance(rng, 0.7) else _time(rng)
            latest = max(latest, at)
            ops.append(("record", at, gen.pick(rng, ("timeout", "boom", "", "connexion refusée"))))
        elif roll < 0.6:
            ops.append(("recent",))
        elif roll < 0.65:
            ops.append(("meddle",))
        else:
            step = gen.pick(rng, (0, 0, -1, 0.125, 2))
            now = latest + step if gen.chance(rng, 0.7) else _time(rng)
            seconds = gen.pick(rng, (0, 0.125, 1, 2.5, 5, 10, 100))
            if roll < 0.82:
                ops.append(("in_window", now, seconds))
            else:
                ops.append(("is_burst", now, seconds, rng.randint(0, 5)))
    return ops


def _config_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        prefix = gen.pick(rng, PREFIXES)
        environ = _environ(rng, prefix)
        if prefix == "APP_" and gen.chance(rng, 0.5):
            yield Case.call("load_env", environ, task=1)
        else:
            yield Case.call("load_env", environ, prefix=prefix, task=1)
    # Names whose str.lower() and str.casefold() differ (ß, a final sigma): lower() is asked for.
    yield Case.call("load_env", {"APP_GRÖßE": "xl", "APP_ΟΔΟΣ": "a1", "APP_DB_HOST": "db"}, task=1)
    for _ in range(30):
        yield Case.probe(build, _layer(rng), _layer(rng), _environ(rng, "APP_"), _cli(rng), task=1)


def _scope_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        layers = [_layer(rng) for _ in range(4)]
        shared = gen.pick(rng, KEYS)
        for layer in gen.some(rng, layers, rng.randint(0, 4)):  # one value in several layers
            layer[shared] = "same"
        keys = [*gen.some(rng, KEYS, rng.randint(1, 6)), "missing", shared]
        yield Case.probe(explain_all, layers, keys, task=2)
    for _ in range(30):
        layers = [_layer(rng) for _ in range(4)]
        given = _layer(rng)
        targets = ("child", "given", "config")
        writes = [(gen.pick(rng, targets), gen.pick(rng, KEYS), gen.pick(rng, (*VALUES, "new")))
                  for _ in range(rng.randint(0, 5))]  # fmt: skip
        yield Case.probe(overrides, layers, given, writes, task=2)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed, over the three tasks."""
    yield from _config_cases(rng)
    yield from _scope_cases(rng)
    for capacity in (0, -1, -10):
        yield Case.probe(recent_errors, capacity, [], task=3, group="RecentErrors: capacity < 1")
    for _ in range(45):
        capacity = gen.pick(rng, (1, 1, 2, 3, 5, 10, 100))
        yield Case.probe(recent_errors, capacity, _error_ops(rng), task=3)
    for _ in range(15):
        times = gen.shuffled(rng, [rng.randint(0, 40) / 4 for _ in range(rng.randint(2, 12))])
        ops: list[tuple[Any, ...]] = [("record", at, f"e{n}") for n, at in enumerate(times)]
        ops += [("in_window", rng.randint(0, 40) / 4, gen.pick(rng, (0.5, 1, 2, 4)))
                for _ in range(6)]  # fmt: skip
        group = "RecentErrors: times out of order"
        yield Case.probe(recent_errors, len(times), ops, task=3, group=group)
