"""Sealed cases for step-goals: empty weeks, single days, days of zero steps, counts equal
to the goal, goals of zero, the first or only the last day meeting the goal, and long
histories (up to a thousand days)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "step_goals"


def _days(rng: random.Random, goal: int = 10_000) -> list[int]:
    values = (0, goal - 1, goal, goal + 1, rng.randint(0, 30_000))
    days = [gen.pick(rng, values) for _ in range(gen.size(rng))]
    if days and gen.chance(rng, 0.3):
        days[-1] = goal  # only the last day may make it
    return days


def cases(rng: random.Random) -> Iterator[Case]:
    """About 180 cases per seed."""
    for _ in range(40):
        yield Case.call("total_steps", _days(rng), task=1)
    for _ in range(45):
        goal = gen.pick(rng, (0, 1, 5000, 10_000, 12_345))
        yield Case.call("days_meeting_goal", _days(rng, goal), goal, task=2)
    for _ in range(40):
        yield Case.call("running_totals", _days(rng), task=3)
    for _ in range(45):
        goal = gen.pick(rng, (0, 1, 5000, 10_000, 12_345))
        yield Case.call("goal_day_numbers", _days(rng, goal), goal, task=4)
