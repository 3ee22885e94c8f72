"""Sealed cases for permission-sets: empty sets everywhere, revocations of permissions the
role grants and of ones nobody grants, grants the role already has, identical before and
after sets, audit logs with many repeats (never in sorted order), and checks that the
caller's sets and lists are left as they were."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "permission_sets"

NAMES = ("orders:read", "orders:write", "users:read", "users:write", "refunds:create",
         "audit:read", "admin", "billing:read", "Orders:read", "")  # fmt: skip


def _set(rng: random.Random) -> set[str]:
    return set(gen.some(rng, NAMES))


def call_and_keep(solution: Any, name: str, *arguments: Any) -> Any:
    """Call solution.<name>; what it returned and the arguments afterwards."""
    returned = getattr(solution, name)(*arguments)
    return {"returned": returned, "arguments": list(arguments)}


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed."""
    for _ in range(45):
        role, granted = _set(rng), _set(rng)
        revoked = set(gen.some(rng, sorted(role))) | _set(rng) if gen.chance(rng, 0.7) else set()
        group = "effective_permissions"
        yield Case.probe(call_and_keep, group, role, granted, revoked, task=1, group=group)
    for name, task in (("missing_permissions", 2), ("can_perform", 3)):
        for _ in range(35):
            held = _set(rng)
            required = set(gen.some(rng, sorted(held))) if gen.chance(rng, 0.4) else _set(rng)
            yield Case.probe(call_and_keep, name, required, held, task=task, group=name)
    for _ in range(35):
        before = _set(rng)
        after = set(before) if gen.chance(rng, 0.15) else _set(rng)
        group = "permission_changes"
        yield Case.probe(call_and_keep, group, before, after, task=4, group=group)
    for _ in range(45):
        pool = gen.shuffled(rng, NAMES)[: rng.randint(1, len(NAMES))]
        events = [gen.pick(rng, pool) for _ in range(gen.size(rng, large=200))]
        yield Case.probe(call_and_keep, "first_seen", events, task=5, group="first_seen")
