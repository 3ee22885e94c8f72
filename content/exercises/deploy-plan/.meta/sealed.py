"""Sealed cases for deploy-plan: empty plans, plans of one, two and three steps, long ones,
steps that repeat (so "the first one" matters), counts of 0, exactly the length and past
it, anchors at the start, the end, repeated and missing; every function is also observed
on the caller's lists afterwards, to see what changed in place."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "deploy_plan"

STEPS = ("backup db", "migrate", "deploy api", "deploy web", "smoke test", "notify",
         "drain", "restart", "Migrate", "")  # fmt: skip


def _plan(rng: random.Random) -> list[str]:
    size = gen.pick(rng, (0, 1, 2, 3, 4, 6, 9, 40))
    return [gen.pick(rng, STEPS) for _ in range(size)]


def _step(rng: random.Random, plan: list[str]) -> str:
    if plan and gen.chance(rng, 0.65):
        return gen.pick(rng, plan)
    return gen.pick(rng, (*STEPS, "rollback"))


def call_and_keep(solution: Any, name: str, *lists_then_args: Any) -> Any:
    """Call solution.<name>; what it returned and every argument afterwards."""
    returned = getattr(solution, name)(*lists_then_args)
    return {"returned": returned, "arguments": list(lists_then_args)}


def cases(rng: random.Random) -> Iterator[Case]:
    """About 230 cases per seed."""
    for name, task in (("first_steps", 1), ("last_steps", 2)):
        for _ in range(35):
            plan = _plan(rng)
            n = gen.pick(rng, (0, 1, 2, len(plan), len(plan) + 1, len(plan) + 5))
            yield Case.probe(call_and_keep, name, plan, n, task=task, group=name)
    for _ in range(30):
        yield Case.probe(call_and_keep, "middle_steps", _plan(rng), task=3, group="middle_steps")
    for _ in range(45):
        plan = _plan(rng)
        anchor, step = _step(rng, plan), gen.pick(rng, (*STEPS, "warm cache"))
        group = "insert_after"
        yield Case.probe(call_and_keep, "insert_after", plan, anchor, step, task=4, group=group)
    for _ in range(45):
        plan = _plan(rng)
        yield Case.probe(
            call_and_keep, "skip_step", plan, _step(rng, plan), task=5, group="skip_step"
        )
    for _ in range(40):
        group = "with_rollback"
        yield Case.probe(
            call_and_keep, "with_rollback", _plan(rng), _plan(rng), task=6, group=group
        )
