"""Sealed cases for round-robin-job-scheduler.

Job names whose text order is not their numeric order (``job-10`` before ``job-9``), jobs
listed twice, done jobs next to each other, unicode worker names, queues given as
generators, ``None`` and falsy items, health flags as SQLite returns them (``1``/``0``).
Dicts are observed as lists of items, so the order of the workers counts.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "round_robin_job_scheduler"

FLAGS = ((True, False), (1, 0), (True, 0), (1, False))
ITEMS = (None, 0, "", False, [], 0.0)


def _jobs(rng: random.Random) -> list[str]:
    """Job names like ``job-10`` and ``job-9``, shuffled, some listed twice."""
    count = gen.pick(rng, (0, 1, 2, 5, 9, 14, 30))
    if count < 2:
        return [f"job-{rng.randint(1, 120)}" for _ in range(count)]
    names = [f"job-{n}" for n in gen.numeric_strings(rng, count)]
    if gen.chance(rng, 0.3):
        names = gen.with_ties(rng, names, count)
    return names


def _workers(rng: random.Random, count: int) -> list[str]:
    pool = ["w1", "w2", "w10", "w9", "alpha", "Ölmühle", "東京-1", "node 7", "w\t3", "B", "a"]
    return gen.some(rng, gen.shuffled(rng, pool), count)


def _plan(value: Any) -> Any:
    return list(value.items()) if isinstance(value, dict) else value


def assign(solution, jobs, workers, as_generator):  # type: ignore[no-untyped-def]
    """The plan as ``(worker, jobs)`` pairs, in the dict's order."""
    given = (job for job in jobs) if as_generator else jobs
    return _plan(solution.assign_round_robin(given, workers))


def interleave(solution, queues, shapes):  # type: ignore[no-untyped-def]
    """Queues given as lists, tuples, generators or strings."""
    given = []
    for queue, shape in zip(queues, shapes, strict=True):
        if shape == "generator":
            given.append(item for item in queue)
        elif shape == "tuple":
            given.append(tuple(queue))
        else:
            given.append(queue)
    return solution.interleave(*given)


def pending(solution, jobs, done, kind):  # type: ignore[no-untyped-def]
    """``done`` as a list, tuple, set or frozenset; the jobs given unchanged afterwards?"""
    given = list(jobs)
    container = {"list": list, "tuple": tuple, "set": set, "frozenset": frozenset}[kind](done)
    result = solution.pending_jobs(given, container)
    return {"pending": result, "jobs unchanged": given == jobs}


def schedule(solution, jobs, workers, healthy, done):  # type: ignore[no-untyped-def]
    return _plan(solution.schedule(jobs, workers, healthy, set(done)))


def _flags(rng: random.Random, count: int) -> list[Any]:
    true, false = gen.pick(rng, FLAGS)
    return [true if gen.chance(rng, 0.6) else false for _ in range(count)]


def _done(rng: random.Random, jobs: list[str]) -> list[str]:
    """Some jobs (often neighbours), and a few that are not in the list."""
    done: list[str] = []
    if jobs and gen.chance(rng, 0.5):
        start = rng.randrange(len(jobs))
        done += jobs[start : start + rng.randint(2, 4)]
    done += gen.some(rng, jobs, min(len(jobs), rng.randint(0, 3)))
    if gen.chance(rng, 0.3):
        done.append("job-999")
    return done


def _assign_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        workers = _workers(rng, gen.pick(rng, (1, 2, 3, 4, 7)))
        yield Case.probe(assign, _jobs(rng), workers, gen.chance(rng, 0.3), task=1)
    group = "assign_round_robin: invalid workers"
    for _ in range(6):
        workers = _workers(rng, rng.randint(1, 4))
        workers.insert(rng.randint(0, len(workers)), gen.pick(rng, workers))
        yield Case.probe(assign, _jobs(rng), workers, False, task=1, group=group)
    for jobs in ([], ["job-1"], ["job-1", "job-2"]):
        yield Case.probe(assign, jobs, [], False, task=1, group=group)


def _interleave_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        queues = []
        for index in range(gen.pick(rng, (0, 1, 2, 3, 4, 6))):
            length = gen.pick(rng, (0, 0, 1, 2, 3, 5, 8))
            queue = [gen.pick(rng, ITEMS) if gen.chance(rng, 0.2) else f"{index}-{n}"
                     for n in range(length)]  # fmt: skip
            queues.append(queue)
        shapes = [gen.pick(rng, ("list", "tuple", "generator")) for _ in queues]
        yield Case.probe(interleave, queues, shapes, task=2)
    for _ in range(3):
        queues = [gen.word(rng) for _ in range(rng.randint(1, 4))]
        yield Case.probe(interleave, queues, ["string"] * len(queues), task=2)


def _filter_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(20):
        workers = _workers(rng, rng.randint(0, 8))
        yield Case.call("active_workers", workers, _flags(rng, len(workers)), task=3)
    group = "active_workers: lengths differ"
    for _ in range(5):
        workers = _workers(rng, rng.randint(0, 5))
        flags = _flags(rng, len(workers) + gen.pick(rng, (-1, 1, 2)))
        if flags or workers:
            yield Case.call("active_workers", workers, flags, task=3, group=group)
    for _ in range(25):
        jobs = _jobs(rng)
        kind = gen.pick(rng, ("list", "tuple", "set", "frozenset"))
        yield Case.probe(pending, jobs, _done(rng, jobs), kind, task=3)


def _schedule_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        workers = _workers(rng, rng.randint(1, 6))
        healthy = _flags(rng, len(workers))
        if gen.chance(rng, 0.2):  # a sick worker listed twice does not matter
            sick = [w for w, flag in zip(workers, healthy, strict=True) if not flag]
            if sick:
                workers.append(gen.pick(rng, sick))
                healthy.append(gen.pick(rng, FLAGS)[1])
        jobs = _jobs(rng)
        done = _done(rng, jobs)
        yield Case.probe(
            schedule, jobs, workers, healthy, done, task=4, message="no healthy worker"
        )
    group = "schedule: no healthy worker"
    for index in range(8):
        workers = _workers(rng, rng.randint(0, 4))
        false = gen.pick(rng, FLAGS)[1]
        jobs = _jobs(rng) if index % 2 else []
        done = jobs if index % 4 == 1 else []  # every job done: none pending
        yield Case.probe(schedule, jobs, workers, [false] * len(workers), done, task=4,
                         group=group, message="no healthy worker")  # fmt: skip
    group = "schedule: invalid workers"
    for _ in range(4):
        workers = _workers(rng, rng.randint(1, 4))
        if gen.chance(rng, 0.5):
            workers.append(workers[0])
            flags = [True] * len(workers)
        else:
            flags = _flags(rng, len(workers) + 1)
        yield Case.probe(schedule, _jobs(rng), workers, flags, [], task=4, group=group)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 160 cases per seed."""
    yield from _assign_cases(rng)
    yield from _interleave_cases(rng)
    yield from _filter_cases(rng)
    yield from _schedule_cases(rng)
