"""Sealed cases for anchored-job-scheduler.

One to four jobs with intervals, first delays (0, explicit, default), durations shorter
than, equal to and several times longer than the interval (so slots are skipped, or fall
exactly on a finishing time), zero-length runs, failures with and without retries and
backoff that outlasts several slots, and deadlines falling on a slot, between slots and
before the first one; every time a binary fraction, so virtual time is exact. Observed:
the records, ``missed``, and when ``run`` returned. Bad ``add`` arguments one at a time.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "anchored_job_scheduler"

INTERVALS = (0.25, 0.5, 1.0, 1.5, 2.0, 3.0)
DURATIONS = (0.0, 0.125, 0.25, 0.5, 1.0, 1.5, 2.0, 2.5, 4.0)
DELAYS = (0.0, 0.25, 0.5, 1.0, 2.0, None, None)
RETRY_DELAYS = (0.0, 0.125, 0.25, 0.5, 1.0)


def _func(script: list[Any]) -> Any:
    plan = list(script)

    async def job() -> None:
        duration, fails = plan.pop(0) if plan else (0.125, False)
        await asyncio.sleep(duration)
        if fails:
            raise ConnectionError("the partner is down")

    return job


def schedule(solution, jobs, until):  # type: ignore[no-untyped-def]
    """``run(until)`` for jobs given as (name, interval, delay, script, retries, delay)."""
    scheduler = solution.Scheduler()
    for name, interval, delay, script, retries, retry_delay in jobs:
        job = solution.Job(
            name, interval, _func(script), max_retries=retries, retry_delay=retry_delay
        )
        if delay is None:
            scheduler.add(job)
        else:
            scheduler.add(job, delay=delay)

    async def scenario() -> Any:
        loop = asyncio.get_running_loop()
        start = loop.time()
        records = await scheduler.run(until)
        return {
            "records": [
                (r.name, r.scheduled, r.started, r.finished, r.attempts, r.ok) for r in records
            ],
            "returned at": loop.time() - start,
            "missed": dict(scheduler.missed),
        }

    return observe(scenario)


def bad_add(solution, field, value):  # type: ignore[no-untyped-def]
    scheduler = solution.Scheduler()
    scheduler.add(solution.Job("taken", 1.0, _func([])))
    options = {"name": "new", "interval": 1.0, "max_retries": 0, "retry_delay": 1.0}
    delay = None
    if field == "delay":
        delay = value
    else:
        options[field] = value
    job = solution.Job(
        options["name"],
        options["interval"],
        _func([]),
        max_retries=options["max_retries"],
        retry_delay=options["retry_delay"],
    )
    outcome = (
        observe(scheduler.add, job, delay=delay)
        if delay is not None
        else observe(scheduler.add, job)
    )
    return {"outcome": outcome, "missed": dict(scheduler.missed)}


def _script(rng: random.Random, runs: int, failing: float) -> list[Any]:
    return [(gen.pick(rng, DURATIONS), gen.chance(rng, failing)) for _ in range(runs)]


def cases(rng: random.Random) -> Iterator[Case]:
    """About 70 cases per seed."""
    for _ in range(60):
        jobs = []
        for index in range(rng.randint(1, 4)):
            failing = gen.pick(rng, (0.0, 0.0, 0.3, 0.7))
            jobs.append(
                (
                    f"job-{'abcd'[index]}",
                    gen.pick(rng, INTERVALS),
                    gen.pick(rng, DELAYS),
                    _script(rng, 12, failing),
                    gen.pick(rng, (0, 0, 1, 2, 3)),
                    gen.pick(rng, RETRY_DELAYS),
                )
            )
        until = gen.pick(rng, (0.0, 0.5, 1.0, 2.0, 3.0, 4.5, 6.0, 8.0))
        task = 4 if any(job[4] for job in jobs) else 3 if len(jobs) == 1 else 2
        yield Case.probe(schedule, jobs, until, task=task, group=f"schedules (task {task})")
    group = "add: bad arguments"
    for field, value in (
        ("name", "taken"),
        ("interval", 0),
        ("interval", -1.0),
        ("interval", float("nan")),
        ("max_retries", -1),
        ("retry_delay", -0.5),
        ("delay", -0.25),
    ):
        yield Case.probe(bad_add, field, value, task=1, group=group)
    for field, value in (("interval", 0.125), ("delay", 0), ("retry_delay", 0), ("name", "")):
        yield Case.probe(bad_add, field, value, task=1, group="add: edge arguments")
