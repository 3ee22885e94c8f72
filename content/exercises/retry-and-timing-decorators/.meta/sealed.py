"""Sealed cases for retry-and-timing-decorators.

Every sleep and clock reading is a recording fake: the log shows each attempt with its
arguments, each wait, each reading and each report. The decorated function is called several
times in a row (a fresh budget of attempts each time), with keyword arguments, with
exception subclasses, with ``exceptions=()``, with results that are falsy, and (for
``timed``) with ``KeyboardInterrupt``/``SystemExit``, sub-millisecond durations and
recursion.
"""

from __future__ import annotations

import builtins
import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe
from pyhero.sealed.record import Recorder

SOLUTION = "retry_and_timing_decorators"

LISTED = {
    "ConnectionError": ("ConnectionError", "ConnectionResetError", "BrokenPipeError"),
    "OSError": ("OSError", "TimeoutError", "ConnectionResetError", "FileNotFoundError"),
    "TimeoutError": ("TimeoutError",),
    "Exception": ("ValueError", "KeyError", "OSError", "RuntimeError"),
}
UNLISTED = ("KeyError", "ValueError", "KeyboardInterrupt", "ZeroDivisionError")
RESULTS = ("ok", 0, None, "", [], False, 42)
BACKOFFS = (0.0, 0.1, 0.25, 0.5, 1, 2.5, 3)


def _raise(name: str, message: str) -> None:
    raise getattr(builtins, name)(message)


def retried(solution, times, listed, backoff, scripts, args, kwargs):  # type: ignore[no-untyped-def]
    """``retry(times, listed classes, backoff)`` around a recording function; the decorated
    function is called once per script, and attempt n of a call does ``script[n - 1]``
    (an exception class name, or ``["return", value]``)."""
    recorder = Recorder()
    options: dict[str, Any] = {"sleep": recorder.function("sleep")}
    if backoff is not None:
        options["backoff"] = backoff
    if listed is None:
        made = observe(solution.retry, times, **options)
    else:
        exceptions = tuple(getattr(builtins, name) for name in listed)
        made = observe(solution.retry, times, exceptions, **options)
    if not made.returned:
        return {"retry": made}
    pending: list[Any] = []
    raised: list[BaseException] = []

    def call_api(*call_args: Any, **call_kwargs: Any) -> Any:
        recorder.log.append(("attempt", call_args, call_kwargs))
        step = pending.pop(0) if pending else ["return", "fallback"]
        if isinstance(step, list):
            return step[1]
        try:
            _raise(step, f"attempt {len(recorder.log)}")
        except BaseException as exc:
            raised.append(exc)
            raise

    decorated = made.value(call_api)
    outcomes = []
    for script in scripts:
        pending[:] = script
        outcome = observe(decorated, *args, **kwargs)
        same = outcome.exception is not None and raised and outcome.exception is raised[-1]
        outcomes.append((outcome, "the last error itself" if same else "-"))
        recorder.log.append(("returned to the caller",))
    return {"outcomes": outcomes, "log": list(recorder.log)}


def timed_calls(solution, readings, bodies):  # type: ignore[no-untyped-def]
    """``timed`` on a clock returning ``readings`` in turn (then one more each time); the
    decorated function is called once per body: ``["return", value]`` or an exception."""
    recorder = Recorder()
    values = list(readings)

    def clock() -> float:
        value = values.pop(0) if values else 10_000.0 + len(recorder.log)
        recorder.log.append(("clock", value))
        return value

    report = recorder.function("report")
    pending: list[Any] = []

    def handle_job(job_id: int) -> Any:
        recorder.log.append(("body", job_id))
        body = pending.pop(0)
        if body[0] == "return":
            return body[1]
        return _raise(body[0], f"job {job_id}")

    decorated = solution.timed(report, clock=clock)(handle_job)
    outcomes = []
    for index, body in enumerate(bodies):
        pending[:] = [body]
        outcomes.append(observe(decorated, index, message=True))
    return {"outcomes": outcomes, "log": list(recorder.log)}


def timed_recursion(solution, depth, step):  # type: ignore[no-untyped-def]
    """A timed function that calls itself ``depth`` levels deep on a clock that moves by
    ``step`` at every reading: each level's report."""
    recorder = Recorder()
    now = [0.0]

    def clock() -> float:
        now[0] += step
        return now[0]

    def countdown(n: int) -> int:
        return 0 if n == 0 else 1 + countdown_timed(n - 1)

    countdown_timed = solution.timed(recorder.function("report"), clock=clock)(countdown)
    return {"result": countdown_timed(depth), "log": list(recorder.log)}


def stacked(solution, failures, backoff, work):  # type: ignore[no-untyped-def]
    """``timed(retry(...)(f))`` on one fake clock that sleeping and working move forward."""
    recorder = Recorder()
    now = [1000.0]

    def sleep(seconds: float) -> None:
        recorder.log.append(("sleep", seconds))
        now[0] += seconds

    def sync_orders() -> str:
        now[0] += work
        if len(recorder.log) < 2 * failures:
            recorder.log.append(("attempt", "fails"))
            raise ConnectionError("dropped")
        recorder.log.append(("attempt", "works"))
        return "synced"

    inner = solution.retry(failures + 1, (ConnectionError,), backoff, sleep=sleep)(sync_orders)
    outer = solution.timed(recorder.function("report"), clock=lambda: now[0])(inner)
    return {"outcome": observe(outer), "log": list(recorder.log)}


def metadata(solution, which):  # type: ignore[no-untyped-def]
    """The four attributes the instructions name, for one decorator."""

    def fetch_invoice(number: int) -> str:
        """Load one invoice from the billing API."""
        return f"invoice-{number}"

    if which == "retry":
        decorated = solution.retry(2)(fetch_invoice)
    else:
        decorated = solution.timed(lambda name, seconds: None)(fetch_invoice)
    return {
        "name": decorated.__name__,
        "qualname": decorated.__qualname__,
        "doc": decorated.__doc__,
        "wrapped is the original": getattr(decorated, "__wrapped__", None) is fetch_invoice,
        "result": decorated(7),
    }


def _script(rng: random.Random, times: int, listed: tuple[str, ...] | None) -> list[Any]:
    retryable = LISTED[listed[0]] if listed else LISTED["Exception"]
    if listed == ():
        retryable = ()
    failures = rng.randint(0, times + 1) if retryable else 0
    script: list[Any] = [gen.pick(rng, retryable) for _ in range(failures)]
    roll = rng.random()
    if roll < 0.6:
        script.append(["return", gen.pick(rng, RESULTS)])
    elif roll < 0.8:
        script.append(gen.pick(rng, UNLISTED))
    return script


def _retry_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(40):
        times = gen.pick(rng, (1, 2, 3, 4, 6))
        listed = gen.pick(rng, (None, ("ConnectionError",), ("OSError",),
                                ("ConnectionError", "TimeoutError"), ()))  # fmt: skip
        backoff = gen.pick(rng, (None, *BACKOFFS))
        scripts = [_script(rng, times, listed) for _ in range(rng.randint(1, 4))]
        args = gen.pick(rng, ([], ["order-7"], ["order-7", 2]))
        kwargs = gen.pick(rng, ({}, {"amount": "9.99"}, {"currency": "EUR", "retries": None}))
        yield Case.probe(retried, times, listed, backoff, scripts, args, kwargs, task=1)
    group = "retry: bad arguments"
    for times, backoff, word in ((0, 0.5, "times"), (-3, None, "times"), (2, -0.5, "backoff"),
                                 (1, -1e-9, "backoff")):  # fmt: skip
        yield Case.probe(retried, times, None, backoff, [], [], {}, task=1, group=group,
                         message=word)  # fmt: skip


def _timed_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        start = gen.pick(rng, (0.0, 100.0, 1e6, 12.345678))
        readings = []
        for _ in range(8):
            readings.append(start)
            start += gen.pick(rng, (0.0, 0.0001234, 0.5, 1.5, 2.0004, 1e-7))
        bodies = []
        for _ in range(rng.randint(1, 4)):
            if gen.chance(rng, 0.6):
                bodies.append(["return", gen.pick(rng, RESULTS)])
            else:
                bodies.append([gen.pick(rng, ("RuntimeError", "KeyboardInterrupt", "SystemExit",
                                              "ValueError", "GeneratorExit"))])  # fmt: skip
        yield Case.probe(timed_calls, readings, bodies, task=3)
    for depth in (1, 2, 3, 5):
        yield Case.probe(timed_recursion, depth, gen.pick(rng, (0.25, 0.5, 1.0)), task=3)
    for _ in range(6):
        failures = rng.randint(0, 3)
        yield Case.probe(stacked, failures, gen.pick(rng, (0.5, 1, 2.0)),
                         gen.pick(rng, (0.0, 0.25, 0.125)), task=3)  # fmt: skip


def cases(rng: random.Random) -> Iterator[Case]:
    """About 85 cases per seed."""
    yield from _retry_cases(rng)
    yield Case.probe(metadata, "retry", task=2)
    yield Case.probe(metadata, "timed", task=2)
    yield from _timed_cases(rng)
