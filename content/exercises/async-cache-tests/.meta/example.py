"""Tests for async_cache.py, run on pytest-asyncio's event loop."""

import asyncio

import pytest

from async_cache import AsyncCache


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


class Backend:
    """A loader that counts its calls and can be held open or made to fail."""

    def __init__(self):
        self.calls = []
        self.gate = asyncio.Event()
        self.gate.set()
        self.fail = False

    async def __call__(self, key):
        self.calls.append(key)
        await self.gate.wait()
        if self.fail:
            raise ConnectionError("backend down")
        return f"{key}#{len(self.calls)}"


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def backend():
    return Backend()


@pytest.fixture
def cache(clock):
    return AsyncCache(ttl=10, clock=clock)


@pytest.mark.asyncio
async def test_a_value_is_loaded_once_and_served_until_its_ttl(cache, backend, clock):
    assert await cache.get("a", backend) == "a#1"
    clock.now = 9.5
    assert await cache.get("a", backend) == "a#1"
    clock.now = 10
    assert await cache.get("a", backend) == "a#2"
    assert backend.calls == ["a", "a"]


@pytest.mark.asyncio
async def test_concurrent_gets_share_one_load(cache, backend):
    backend.gate.clear()
    waiting = [asyncio.create_task(cache.get("a", backend)) for _ in range(3)]
    await asyncio.sleep(0)
    backend.gate.set()
    assert await asyncio.gather(*waiting) == ["a#1"] * 3
    assert backend.calls == ["a"]


@pytest.mark.asyncio
async def test_a_failed_load_reaches_every_caller_and_is_not_cached(cache, backend):
    backend.gate.clear()
    backend.fail = True
    waiting = [asyncio.create_task(cache.get("a", backend)) for _ in range(2)]
    await asyncio.sleep(0)
    backend.gate.set()
    results = await asyncio.gather(*waiting, return_exceptions=True)
    assert [type(result) for result in results] == [ConnectionError, ConnectionError]
    backend.fail = False
    assert await cache.get("a", backend) == "a#2"


@pytest.mark.asyncio
async def test_cancelling_one_caller_leaves_the_load_to_the_others(cache, backend):
    backend.gate.clear()
    first = asyncio.create_task(cache.get("a", backend))
    second = asyncio.create_task(cache.get("a", backend))
    await asyncio.sleep(0)
    first.cancel()
    await asyncio.sleep(0)
    backend.gate.set()
    assert await second == "a#1"
    assert first.cancelled()


@pytest.mark.asyncio
async def test_invalidate_forgets_the_value_and_the_load_in_flight(cache, backend):
    assert await cache.get("a", backend) == "a#1"
    cache.invalidate("a")
    backend.gate.clear()
    stale = asyncio.create_task(cache.get("a", backend))
    await asyncio.sleep(0)
    cache.invalidate("a")
    backend.gate.set()
    assert await stale == "a#2"
    assert await cache.get("a", backend) == "a#3"


@pytest.mark.asyncio
async def test_keys_are_cached_apart(cache, backend):
    assert [await cache.get(key, backend) for key in ("a", "b", "a")] == ["a#1", "b#2", "a#1"]
