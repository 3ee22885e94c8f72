"""Sealed cases for job-queue-signatures.

Every call form the signatures allow or forbid, jobs whose keyword arguments are named
like the queue's own parameters (``func``, ``self``, ``priority``, ``retries``…), and queue
scenarios mixing priorities, retries and failing jobs.
"""

from __future__ import annotations

import inspect
import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "job_queue_signatures"

KEYWORDS = ("func", "self", "args", "kwargs", "priority", "retries", "user_id", "queue")


def _kinds(function: Any) -> list[tuple[str, str | None]]:
    """Each parameter's kind, with its name unless it is ``*args``/``**kwargs``."""
    kinds = []
    for parameter in inspect.signature(function).parameters.values():
        variadic = parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD)
        kinds.append((parameter.kind.name, None if variadic else parameter.name))
    return kinds


def signature(solution, target):  # type: ignore[no-untyped-def]
    """The declared kinds of one of the four signatures of the task."""
    functions = {
        "retry_delay": lambda: solution.retry_delay,
        "JobQueue.enqueue": lambda: solution.JobQueue.enqueue,
        "JobQueue.with_options": lambda: solution.JobQueue.with_options,
        "with_options().enqueue": lambda: solution.JobQueue().with_options().enqueue,
    }
    return _kinds(functions[target]())


def _record(*args: Any, **kwargs: Any) -> tuple[tuple[Any, ...], dict[str, Any]]:
    return args, kwargs


def call_form(solution, target, args, kwargs):  # type: ignore[no-untyped-def]
    """One call of ``target`` with these arguments: its result or the error it raises."""
    queue = solution.JobQueue()
    if target == "retry_delay":
        return solution.retry_delay(*args, **kwargs)
    if target == "with_options":
        queue.with_options(*args, **kwargs)
        return "accepted"
    enqueue = queue.enqueue if target == "enqueue" else queue.with_options().enqueue
    if args and args[0] == "<job>":
        args = [_record, *args[1:]]
    if "func" in kwargs and kwargs["func"] == "<job>":
        kwargs = {**kwargs, "func": _record}
    job = enqueue(*args, **kwargs)
    return {
        "args": job.args,
        "kwargs": job.kwargs,
        "ran": queue.run_next() == (job.args, job.kwargs),
    }


class _Flaky:
    """A job that fails its first ``failures`` calls with ``ConnectionError``."""

    def __init__(self, label: str, failures: int, calls: list[Any]) -> None:
        self.label, self.failures, self.calls = label, failures, calls

    def __call__(self, *args: Any, **kwargs: Any) -> tuple[str, Any, Any]:
        self.calls.append(self.label)
        if self.failures > 0:
            self.failures -= 1
            raise ConnectionError(f"{self.label} failed")
        return self.label, args, kwargs


class _Stop:
    """A job that raises a ``BaseException`` that is not an ``Exception``."""

    def __init__(self, exception: type[BaseException], calls: list[str]) -> None:
        self.exception, self.calls = exception, calls

    def __call__(self) -> None:
        self.calls.append(self.exception.__name__)
        raise self.exception


def interrupted(solution, exception, retries, priority, others):  # type: ignore[no-untyped-def]
    """A job with retries left is stopped by ``exception``: it must not come back."""
    queue = solution.JobQueue()
    calls: list[str] = []
    stop = {"KeyboardInterrupt": KeyboardInterrupt, "SystemExit": SystemExit}[exception]
    queue.with_options(retries=retries, priority=priority).enqueue(_Stop(stop, calls))
    for index in range(others):
        queue.enqueue(calls.append, f"other{index}")
    seen = [observe(queue.run_next), len(queue)]
    while len(queue):
        seen.append(observe(queue.run_next))
    return {"seen": seen, "calls": calls}


def scenario(solution, ops):  # type: ignore[no-untyped-def]
    """Operations on one queue: ``("enqueue", label, options, args, kwargs, failures)``
    (``options`` None: the queue's own ``enqueue``), ``("run",)`` and ``("len",)``."""
    queue = solution.JobQueue()
    calls: list[Any] = []
    seen: list[Any] = []
    for op in ops:
        if op[0] == "enqueue":
            _, label, options, args, kwargs, failures = op
            job_function = _Flaky(label, failures, calls)
            if options is None:
                job = queue.enqueue(job_function, *args, **kwargs)
            else:
                job = queue.with_options(**options).enqueue(job_function, *args, **kwargs)
            seen.append(
                {
                    "func is the job": job.func is job_function,
                    "args": job.args,
                    "kwargs": job.kwargs,
                    "options": (job.priority, job.retries),
                }
            )
        elif op[0] == "run":
            seen.append(observe(queue.run_next))
        else:
            seen.append(("len", len(queue)))
    return {"seen": seen, "calls": calls}


def _kwargs(rng: random.Random) -> dict[str, Any]:
    names = rng.sample(KEYWORDS, rng.randint(0, 3))
    return {name: gen.pick(rng, (1, "x", None, 2.5, [1, 2])) for name in names}


def _ops(rng: random.Random) -> list[tuple[Any, ...]]:
    ops: list[tuple[Any, ...]] = []
    for index in range(rng.randint(2, 8)):
        options: dict[str, int] | None = None
        if gen.chance(rng, 0.6):
            options = {}
            if gen.chance(rng, 0.7):
                options["priority"] = rng.randint(0, 9)
            if gen.chance(rng, 0.5):
                options["retries"] = rng.randint(0, 3)
        args = [gen.pick(rng, ("a@example.com", 7, None)) for _ in range(rng.randint(0, 2))]
        failures = gen.pick(rng, (0, 0, 1, 2, 5))
        ops.append(("enqueue", f"job{index}", options, args, _kwargs(rng), failures))
        if gen.chance(rng, 0.3):
            ops.append(("run",))
    ops.extend(("run",) if gen.chance(rng, 0.9) else ("len",) for _ in range(rng.randint(3, 12)))
    return ops


DELAY_FORMS = [
    ((1,), {}), ((2,), {}), ((6,), {}), ((7,), {}), ((30,), {}),
    ((3, 0.5), {}), ((3,), {"base": 0.25}), ((4, 1.5), {"factor": 3.0}),
    ((5,), {"cap": 10.0}), ((2,), {"base": 2, "factor": 1.5, "cap": 300.0}),
    ((1,), {"cap": 0.5}), ((3, 1), {"factor": 2, "cap": 100}), ((9, 1), {"cap": 60}),
]  # fmt: skip
FORBIDDEN_DELAYS = [
    ((), {"attempt": 2}), ((2, 1.0, 3.0), {}), ((2, 1.0, 3.0, 10.0), {}), ((), {}),
    ((2,), {"attempt": 2}), ((2,), {"base": 1.0, "step": 2}),
]  # fmt: skip
ENQUEUE_FORMS = [
    ((), {"func": "<job>"}), ((), {}), (("<job>",), {"func": "notify"}),
    (("<job>", 1, 2), {"self": 0, "args": 3, "kwargs": 4}), (("<job>",), {"priority": "high"}),
    (("<job>",), {"retries": 9, "queue": "mail"}),
]  # fmt: skip
OPTION_FORMS = [
    ((5,), {}), ((5, 1), {}), ((), {"priority": 1, "retries": 2}), ((), {"queue": "x"}),
    ((), {}), ((), {"retries": 0}),
]  # fmt: skip


def cases(rng: random.Random) -> Iterator[Case]:
    """About 110 cases per seed."""
    for task, target in ((1, "retry_delay"), (2, "JobQueue.enqueue"),
                         (3, "JobQueue.with_options"), (3, "with_options().enqueue")):  # fmt: skip
        yield Case.probe(signature, target, task=task)
    for args, kwargs in DELAY_FORMS:
        yield Case.call("retry_delay", *args, task=1, **kwargs)
    for _ in range(15):
        base = gen.pick(rng, (0.25, 0.5, 1.0, 1.5, 2.0))
        factor = gen.pick(rng, (1.0, 1.5, 2.0, 3.0))
        cap = gen.pick(rng, (0.5, 10.0, 60.0, 300.0, 1e6))
        yield Case.call("retry_delay", rng.randint(1, 20), base, factor=factor, cap=cap, task=1)
    for _ in range(8):
        # Powers too large for a float (OverflowError) are capped; a shortcut "large attempt
        # means cap" is wrong where the factor keeps the delay small.
        attempt = gen.pick(rng, (1025, 1100, 5000, 10**6, 10**9))
        base = gen.pick(rng, (0.25, 1.0, 3.0))
        cap = gen.pick(rng, (5.0, 60.0, 1e300))
        yield Case.call("retry_delay", attempt, base, factor=gen.pick(rng, (1.5, 2.0, 10.0)),
                        cap=cap, task=1, group="huge attempts")  # fmt: skip
    for attempt, factor in ((5000, 1.0), (2000, 1.001), (1500, 1.0001)):
        yield Case.call("retry_delay", attempt, 0.5, factor=factor, cap=60.0, task=1,
                        group="huge attempts")  # fmt: skip
    for attempt in (0, -1, -20):
        yield Case.call("retry_delay", attempt, task=1, message="attempt", group="bad attempt")
    for args, kwargs in FORBIDDEN_DELAYS:
        yield Case.probe(call_form, "retry_delay", list(args), kwargs, task=1, group="call forms")
    for args, kwargs in ENQUEUE_FORMS:
        yield Case.probe(call_form, "enqueue", list(args), kwargs, task=2, group="call forms")
    for args, kwargs in ENQUEUE_FORMS:
        target = "options.enqueue"
        yield Case.probe(call_form, target, list(args), kwargs, task=3, group="call forms")
    for args, kwargs in OPTION_FORMS:
        yield Case.probe(call_form, "with_options", list(args), kwargs, task=3, group="call forms")
    for options in ({"priority": 10}, {"priority": -1}, {"retries": -1}, {"priority": 99}):
        word = next(iter(options))
        yield Case.probe(call_form, "with_options", [], options, task=3, message=word,
                         group="bad options")  # fmt: skip
    for _ in range(12):
        plain = [op for op in _ops(rng) if op[0] != "enqueue" or op[2] is None]
        yield Case.probe(scenario, plain, task=2, group="first in first out")
    for _ in range(40):
        yield Case.probe(scenario, _ops(rng), task=3, group="priorities and retries")
    for exception in ("KeyboardInterrupt", "SystemExit"):
        for _ in range(3):
            retries, priority, others = rng.randint(1, 3), rng.randint(1, 9), rng.randint(0, 2)
            yield Case.probe(interrupted, exception, retries, priority, others, task=3)
