import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from health_watch_periodic import watch
from pyhero.sealed.clock import run


class Replica:
    """A fake probe target: each call sleeps and answers as planned, then healthy."""

    def __init__(self, *plan: tuple[float, Any]) -> None:
        self.plan = list(plan)
        self.calls = 0

    async def probe(self) -> bool:
        self.calls += 1
        delay, answer = self.plan.pop(0) if self.plan else (0.125, True)
        await asyncio.sleep(delay)
        if isinstance(answer, Exception):
            raise answer
        return answer  # type: ignore[no-any-return]


def watched(replica: Replica, **options: float) -> list[tuple[float, str]]:
    result = run(watch(replica.probe, **options))
    return result.unwrap()  # type: ignore[no-any-return]


def test_runs_are_a_fixed_pause_apart() -> None:
    replica = Replica((0.25, True), (0.5, True), (0.25, True))
    assert watched(replica, interval=1, timeout=0.75, duration=3.875) == [
        (0.0, "up"),
        (1.25, "up"),
        (2.75, "up"),
    ], "each run starts `interval` seconds after the previous one finished"


def test_a_slow_probe_times_out_and_the_watch_goes_on() -> None:
    replica = Replica((5, True), (0.125, True))
    assert watched(replica, interval=1, timeout=0.5, duration=2.5) == [
        (0.0, "timeout"),
        (1.5, "up"),
    ]


def test_false_anything_else_and_exceptions_are_down() -> None:
    replica = Replica((0.125, False), (0.125, None), (0.125, ConnectionError("refused")))
    assert watched(replica, interval=0.5, timeout=0.25, duration=1.75) == [
        (0.0, "down"),
        (0.625, "down"),
        (1.25, "down"),
    ]


def test_the_watch_ends_at_duration_and_leaves_nothing_running() -> None:
    replica = Replica((0.125, True), (3, True))

    async def scenario() -> tuple[list[tuple[float, str]], float, int]:
        loop = asyncio.get_running_loop()
        start = loop.time()
        records = await watch(replica.probe, interval=1, timeout=5, duration=2)
        ended = loop.time() - start
        calls = replica.calls
        await asyncio.sleep(10)
        return records, ended, replica.calls - calls

    records, ended, later_calls = run(scenario()).unwrap()
    assert records == [(0.0, "up")], "the run in progress at the end is not recorded"
    assert ended == 2
    assert later_calls == 0, "no probe may run after watch returned"


@pytest.mark.parametrize(
    "options",
    [
        {"interval": 0, "timeout": 1, "duration": 5},
        {"interval": 1, "timeout": -1, "duration": 5},
        {"interval": 1, "timeout": 1, "duration": -0.5},
    ],
)
def test_bad_options_raise_before_any_probe(options: dict[str, float]) -> None:
    replica = Replica()
    probe: Callable[[], Awaitable[bool]] = replica.probe
    with pytest.raises(ValueError):
        run(watch(probe, **options)).unwrap()
    assert replica.calls == 0
