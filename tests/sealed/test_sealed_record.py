"""Recording fakes and call spies."""

from __future__ import annotations

import asyncio
import gc
import hmac
import secrets
from typing import Any

import pytest

from pyhero.sealed.record import Recorder, spy

from .conftest import ModuleFactory


def test_resources_log_what_exit_receives() -> None:
    recorder = Recorder()
    with recorder.resource("db", "DB") as value:
        assert value == "DB"
    with pytest.raises(KeyError), recorder.resource("cache"):
        raise KeyError("k")
    assert recorder.log == [
        ("enter", "db"),
        ("exit", "db", None, None),
        ("enter", "cache"),
        ("exit", "cache", "KeyError", "'k'"),
    ]


def test_resources_fail_and_suppress_on_demand() -> None:
    recorder = Recorder()
    with (
        pytest.raises(OSError, match="no db"),
        recorder.resource("db", fail_enter=OSError("no db")),
    ):
        pass
    with pytest.raises(TimeoutError), recorder.resource("q", fail_exit=TimeoutError):
        pass
    with recorder.resource("s", suppress=True):
        raise ValueError("swallowed")
    assert recorder.log == [
        ("enter-failed", "db", "OSError"),
        ("enter", "q"),
        ("exit", "q", None, None),
        ("exit-failed", "q", "TimeoutError"),
        ("enter", "s"),
        ("exit", "s", "ValueError", "swallowed"),
    ]


def test_a_manual_exit_with_only_a_type_is_logged() -> None:
    recorder = Recorder()
    resource = recorder.resource("r")
    resource.__enter__()
    resource.__exit__(ConnectionResetError, None, None)
    assert recorder.log[-1] == ("exit", "r", "ConnectionResetError", None)


def test_async_resources() -> None:
    recorder = Recorder()

    async def main() -> None:
        async with recorder.resource("pool") as value:
            assert value == "pool"
        with pytest.raises(RuntimeError):
            async with recorder.resource("conn"):
                raise RuntimeError("lost")

    asyncio.run(main())
    assert recorder.log == [
        ("aenter", "pool"),
        ("aexit", "pool", None, None),
        ("aenter", "conn"),
        ("aexit", "conn", "RuntimeError", "lost"),
    ]


def test_factories_log_when_they_run() -> None:
    recorder = Recorder()
    make_db = recorder.factory("db", "DB")
    make_bad = recorder.factory("bad", fail_call=OSError("refused"))
    recorder.log.append(("built factories",))
    with make_db() as value:
        assert value == "DB"
    with pytest.raises(OSError, match="refused"):
        make_bad()
    assert recorder.log == [
        ("built factories",),
        ("make", "db"),
        ("enter", "db"),
        ("exit", "db", None, None),
        ("make-failed", "bad", "OSError"),
    ]


def test_functions_log_their_calls() -> None:
    recorder = Recorder()
    report = recorder.function("report", returns="ok")
    assert report("job", 2.5, ok=True) == "ok"
    failing = recorder.function("sleep", raises=InterruptedError)
    with pytest.raises(InterruptedError):
        failing(1)
    assert recorder.log == [
        ("call", "report", ("job", 2.5), (("ok", True),)),
        ("call", "sleep", (1,), ()),
    ]
    assert report.__name__ == "report"


def test_a_generator_the_learner_drops_is_observed_unclosed(make_module: ModuleFactory) -> None:
    learner = make_module(
        "dropping_learner",
        """
        def first(items):
            for item in items:
                return item

        def drain(items):
            return list(items)
        """,
    )
    recorder = Recorder()
    assert learner.first(recorder.generator("rows", [1, 2, 3])) == 1
    gc.collect()
    assert recorder.unclosed() == ["rows"], "garbage collection could not close it"
    assert ("cleanup", "rows", "closed") not in recorder.log
    assert learner.drain(recorder.generator("all", [1])) == [1]
    recorder.generator("never started", [1])
    assert recorder.unclosed() == ["rows"]
    assert recorder.log[-1] == ("cleanup", "all", "exhausted")


def test_generator_cleanup_records_how_it_ended() -> None:
    recorder = Recorder()
    closed = recorder.generator("closed", "ab")
    next(closed)
    closed.close()
    thrown = recorder.generator("thrown", "ab")
    next(thrown)
    with pytest.raises(ValueError, match="stop"):
        thrown.throw(ValueError("stop"))
    assert ("cleanup", "closed", "closed") in recorder.log
    assert ("cleanup", "thrown", "ValueError") in recorder.log
    with pytest.raises(ValueError, match="already made"):
        recorder.generator("closed", [])


def test_async_generators_are_tracked_until_the_loop_shuts_down() -> None:
    recorder = Recorder()
    rows = recorder.async_generator("rows", [1, 2])

    async def take_one() -> Any:
        async for row in rows:
            return row
        return None

    async def main() -> tuple[Any, list[str]]:
        first = await take_one()
        gc.collect()
        return first, recorder.unclosed()

    assert asyncio.run(main()) == (1, ["rows"])
    assert recorder.log == [
        ("astart", "rows"),
        ("ayield", "rows", 1),
        ("acleanup", "rows", "closed"),
    ], "asyncio.run's shutdown closes async generators, as it would in the learner's program"


LEARNER = """
import hmac
import secrets
from hmac import compare_digest as same


def check_by_name(a, b):
    return same(a, b)


def check_by_module(a, b):
    return hmac.compare_digest(a, b)


def check_with_secrets(a, b):
    return secrets.compare_digest(a, b)


def check_by_default(a, b, compare=hmac.compare_digest):
    return compare(a, b)


class Verifier:
    compare = staticmethod(hmac.compare_digest)

    def check(self, a, b):
        return self.compare(a, b)


def check_naively(a, b):
    return a == b
"""


@pytest.mark.parametrize(
    ("function", "calls"),
    [
        ("check_by_name", 1),
        ("check_by_module", 1),
        ("check_with_secrets", 1),
        ("check_by_default", 1),
        ("check_naively", 0),
    ],
)
def test_spies_see_calls_wherever_the_function_was_bound(
    make_module: ModuleFactory, function: str, calls: int
) -> None:
    learner = make_module("spied_learner", LEARNER)
    with spy(hmac, "compare_digest", modules=[learner]) as seen:
        assert getattr(learner, function)(b"token", b"token") is True
    assert seen.count == calls
    if calls:
        assert seen.calls == [((b"token", b"token"), {})]


def test_spies_restore_every_binding(make_module: ModuleFactory) -> None:
    learner = make_module("restored_learner", LEARNER)
    original = hmac.compare_digest

    def fail_while_spying() -> Any:
        with spy(hmac, "compare_digest", modules=[learner]) as seen:
            assert learner.Verifier().check(b"a", b"a")
            assert secrets.compare_digest is not original
            failures.append(seen)
            raise ZeroDivisionError

    failures: list[Any] = []
    with pytest.raises(ZeroDivisionError):
        fail_while_spying()
    [seen] = failures
    assert seen.called
    assert hmac.compare_digest is original
    assert secrets.compare_digest is original
    assert learner.same is original
    assert learner.check_by_default.__defaults__ == (original,)
    assert learner.Verifier.__dict__["compare"].__func__ is original
