"""Drives the loader with futures the test resolves, through an async fixture."""

import asyncio

import pytest
import pytest_asyncio

from async_cache import AsyncCache


class Loads:
    """Each load waits on a future the test resolves, so the test decides when loads end."""

    def __init__(self):
        self.pending = []

    async def __call__(self, key):
        future = asyncio.get_running_loop().create_future()
        self.pending.append((key, future))
        return await future

    def finish(self, index, value=None, error=None):
        _, future = self.pending[index]
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(value)


@pytest.fixture
def now():
    return [100.0]


@pytest_asyncio.fixture
async def setup(now):
    await asyncio.sleep(0)
    return AsyncCache(ttl=2.5, clock=lambda: now[0]), Loads()


async def settle():
    for _ in range(3):
        await asyncio.sleep(0)


@pytest.mark.asyncio
async def test_expiry_is_exclusive(setup, now):
    cache, loads = setup
    first = asyncio.ensure_future(cache.get("k", loads))
    await settle()
    loads.finish(0, "v1")
    assert await first == "v1"
    now[0] = 102.4
    assert await cache.get("k", loads) == "v1"
    now[0] = 102.5
    again = asyncio.ensure_future(cache.get("k", loads))
    await settle()
    assert len(loads.pending) == 2
    loads.finish(1, "v2")
    assert await again == "v2"


@pytest.mark.asyncio
async def test_waiters_share_the_outcome(setup):
    cache, loads = setup
    waiters = [asyncio.ensure_future(cache.get("k", loads)) for _ in range(4)]
    await settle()
    assert len(loads.pending) == 1
    loads.finish(0, error=TimeoutError("slow"))
    outcomes = await asyncio.gather(*waiters, return_exceptions=True)
    assert all(isinstance(outcome, TimeoutError) for outcome in outcomes)
    retry = asyncio.ensure_future(cache.get("k", loads))
    await settle()
    loads.finish(1, "fresh")
    assert await retry == "fresh"


@pytest.mark.asyncio
async def test_a_cancelled_waiter_does_not_cancel_the_load(setup):
    cache, loads = setup
    leaving = asyncio.ensure_future(cache.get("k", loads))
    staying = asyncio.ensure_future(cache.get("k", loads))
    await settle()
    leaving.cancel()
    await settle()
    loads.finish(0, "v")
    assert await staying == "v"


@pytest.mark.asyncio
async def test_an_invalidated_load_is_not_stored(setup):
    cache, loads = setup
    pending = asyncio.ensure_future(cache.get("k", loads))
    await settle()
    cache.invalidate("k")
    loads.finish(0, "old")
    assert await pending == "old"
    later = asyncio.ensure_future(cache.get("k", loads))
    await settle()
    loads.finish(1, "new")
    assert await later == "new"


@pytest.mark.asyncio
@pytest.mark.parametrize("keys", [("a", "b"), ("b", "a")])
async def test_each_key_loads_on_its_own(setup, keys):
    cache, loads = setup
    tasks = [asyncio.ensure_future(cache.get(key, loads)) for key in keys]
    await settle()
    assert [key for key, _ in loads.pending] == list(keys)
    for index, key in enumerate(keys):
        loads.finish(index, key.upper())
    assert await asyncio.gather(*tasks) == [key.upper() for key in keys]
