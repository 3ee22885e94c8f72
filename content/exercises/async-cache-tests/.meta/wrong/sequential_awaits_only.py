"""Every test awaits one get at a time: nothing ever runs concurrently, so a cache that
loads a key twice at once, lets one cancelled caller cancel the others' load, or stores a
load that was invalidated while in flight passes.

The trap of async tests that are sequential code with ``await`` in front."""

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
async def test_ttl(cache, backend, clock):
    assert await cache.get("a", backend) == "a#1"
    clock.now = 9.9
    assert await cache.get("a", backend) == "a#1"
    clock.now = 10
    assert await cache.get("a", backend) == "a#2"


@pytest.mark.asyncio
async def test_failure_not_cached(cache, backend):
    backend.fail = True
    with pytest.raises(ConnectionError):
        await cache.get("a", backend)
    backend.fail = False
    assert await cache.get("a", backend) == "a#2"


@pytest.mark.asyncio
async def test_invalidate(cache, backend):
    await cache.get("a", backend)
    cache.invalidate("a")
    assert await cache.get("a", backend) == "a#2"


@pytest.mark.asyncio
async def test_keys(cache, backend):
    assert [await cache.get(k, backend) for k in "aba"] == ["a#1", "b#2", "a#1"]


@pytest.mark.asyncio
async def test_second_get_is_cached(cache, backend):
    await cache.get("a", backend)
    await cache.get("a", backend)
    assert backend.calls == ["a"]
