"""Sealed cases for feature-flag-imports: operators switching maintenance on and off and
adding and removing beta users (twice, or users never added) between requests; paths that
start with /beta, contain it elsewhere, or are exactly /beta; names with unicode; the set
object checked to be the same one after every change."""

from __future__ import annotations

import importlib
import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "api_gateway"

USERS = ("ana", "bo", "Ana", "zoë", "")
PATHS = ("/", "/beta", "/beta/search", "/betamax", "/about/beta", "/api/v1/orders", "beta")


def session(solution, steps):  # type: ignore[no-untyped-def]
    """From flags off and no beta users, run ``steps``; every answer and the flags."""
    flags = importlib.import_module("feature_flags")
    flags.MAINTENANCE = False
    flags.BETA_USERS.clear()
    users = flags.BETA_USERS
    seen = []
    for step, *args in steps:
        if step in ("handle", "status_line"):
            seen.append((step, *args, getattr(solution, step)(*args)))
        else:
            getattr(flags, step)(*args)
            seen.append((step, *args, flags.MAINTENANCE, sorted(flags.BETA_USERS)))
    seen.append(("same set", flags.BETA_USERS is users))
    seen.append(("copies", [n for n in ("MAINTENANCE", "BETA_USERS") if hasattr(solution, n)]))
    return seen


def _step(rng: random.Random, operations: tuple[str, ...]) -> tuple[object, ...]:
    step = gen.pick(rng, operations)
    if step == "set_maintenance":
        return (step, gen.chance(rng, 0.5))
    if step in ("add_beta_user", "remove_beta_user"):
        return (step, gen.pick(rng, USERS))
    if step == "handle":
        return (step, gen.pick(rng, PATHS), gen.pick(rng, USERS))
    return (step,)


def cases(rng: random.Random) -> Iterator[Case]:
    flags_only = ("set_maintenance", "add_beta_user", "remove_beta_user")
    groups = (
        (1, flags_only, "feature_flags"),
        (2, (*flags_only, "handle", "handle"), "handle"),
        (3, (*flags_only, "status_line"), "status_line"),
    )
    for task, operations, group in groups:
        for _ in range(20):
            steps = [_step(rng, operations) for _ in range(rng.randint(1, 15))]
            yield Case.probe(session, steps, task=task, group=group)
