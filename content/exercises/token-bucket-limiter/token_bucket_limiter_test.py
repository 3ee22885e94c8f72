import asyncio

import pytest

from token_bucket_limiter import TokenBucket


class FakeTime:
    """A clock that only moves when someone sleeps on it (or a test advances it)."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


def bucket(rate: float = 4.0, capacity: int = 2) -> tuple[TokenBucket, FakeTime]:
    t = FakeTime()
    return TokenBucket(rate, capacity, clock=t.clock, sleep=t.sleep), t


@pytest.mark.task(taskno=1)
def test_bucket_starts_full_and_empties() -> None:
    b, _ = bucket(capacity=3)
    assert b.available == 3
    assert [b.try_acquire() for _ in range(4)] == [True, True, True, False]
    assert b.available == 0


@pytest.mark.task(taskno=1)
def test_tokens_refill_with_elapsed_time() -> None:
    b, t = bucket(rate=4.0, capacity=2)
    b.try_acquire(2)
    t.now += 0.125
    assert b.available == 0.5, "4 tokens/s for 0.125 s is half a token"
    assert b.try_acquire() is False
    t.now += 0.125
    assert b.try_acquire() is True, "a whole token after 0.25 s"


@pytest.mark.task(taskno=1)
def test_refill_never_exceeds_capacity() -> None:
    b, t = bucket(rate=4.0, capacity=2)
    b.try_acquire()
    t.now += 3600
    assert b.available == 2, f"capped at capacity, got {b.available}"


@pytest.mark.task(taskno=1)
def test_try_acquire_takes_several_tokens_at_once_or_none() -> None:
    b, _ = bucket(capacity=5)
    assert b.try_acquire(3) is True and b.available == 2
    assert b.try_acquire(3) is False, "not enough tokens: take nothing"
    assert b.available == 2
    assert b.try_acquire(2) is True and b.available == 0


@pytest.mark.task(taskno=1)
def test_exactly_enough_tokens_is_enough() -> None:
    b, t = bucket(rate=2.0, capacity=1)
    b.try_acquire()
    t.now += 0.5
    assert b.try_acquire() is True, "1.0 token available, 1 requested"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("rate", "capacity", "word"),
    [(0, 1, "rate"), (-1, 1, "rate"), (0.5, 1, ""), (1, 0, "capacity"), (1, -3, "capacity")],
)
def test_invalid_configuration_is_rejected(rate: float, capacity: int, word: str) -> None:
    if not word:
        assert TokenBucket(rate, capacity).available == 1, "a slow rate is fine"
        return
    with pytest.raises(ValueError, match=word):
        TokenBucket(rate, capacity)


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("tokens", [0, -1, 3])
def test_requests_outside_one_to_capacity_are_rejected(tokens: int) -> None:
    b, _ = bucket(capacity=2)
    with pytest.raises(ValueError, match="tokens"):
        b.try_acquire(tokens)
    with pytest.raises(ValueError, match="tokens"):
        asyncio.run(b.acquire(tokens))


@pytest.mark.task(taskno=2)
def test_acquire_returns_at_once_when_tokens_are_there() -> None:
    b, t = bucket()
    waited = asyncio.run(b.acquire())
    assert waited == 0 and t.sleeps == [], "no sleeping when a token is available"


@pytest.mark.task(taskno=2)
def test_acquire_sleeps_exactly_as_long_as_needed() -> None:
    b, t = bucket(rate=4.0, capacity=2)
    b.try_acquire(2)
    waited = asyncio.run(b.acquire(2))
    assert waited == 0.5, f"2 tokens at 4/s take 0.5 s, got {waited}"
    assert t.sleeps == [0.5], f"one sleep of the missing time, got {t.sleeps}"
    assert b.available == 0


@pytest.mark.task(taskno=2)
def test_acquire_counts_partial_refill() -> None:
    b, t = bucket(rate=4.0, capacity=2)
    b.try_acquire(2)
    t.now += 0.125
    assert asyncio.run(b.acquire()) == 0.125, "half a token was already there"


@pytest.mark.task(taskno=2)
def test_concurrent_waiters_are_served_in_arrival_order() -> None:
    b, t = bucket(rate=4.0, capacity=1)
    b.try_acquire()
    served: list[tuple[str, float]] = []

    async def client(name: str) -> None:
        await b.acquire()
        served.append((name, t.now))

    async def main() -> None:
        await asyncio.gather(client("a"), client("b"), client("c"))

    asyncio.run(main())
    assert served == [("a", 100.25), ("b", 100.5), ("c", 100.75)], f"got {served}"


@pytest.mark.task(taskno=2)
def test_cancelled_waiter_takes_no_tokens() -> None:
    b, t = bucket(rate=4.0, capacity=1)
    b.try_acquire()

    async def main() -> bool:
        waiter = asyncio.create_task(b.acquire())
        await asyncio.sleep(0)
        waiter.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiter
        t.now += 0.25
        return b.try_acquire()

    assert asyncio.run(main()) is True, "the cancelled request must not have used the token"
