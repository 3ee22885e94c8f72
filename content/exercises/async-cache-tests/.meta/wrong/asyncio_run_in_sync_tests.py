"""Plain synchronous tests that call ``asyncio.run`` themselves: they catch the bugs, but
no test runs on pytest-asyncio's loop (no ``@pytest.mark.asyncio``), which the exercise
requires, and each test builds its own event loop by hand.

How async code gets tested before one learns the plugin.
"""

import asyncio

from async_cache import AsyncCache


class Clock:
    now = 0.0

    def __call__(self):
        return self.now


def make():
    calls = []
    gate = asyncio.Event()

    async def loader(key):
        calls.append(key)
        await gate.wait()
        return f"{key}#{len(calls)}"

    return calls, gate, loader


def test_ttl_boundary():
    async def scenario():
        calls, gate, loader = make()
        gate.set()
        clock = Clock()
        cache = AsyncCache(ttl=10, clock=clock)
        first = await cache.get("a", loader)
        clock.now = 10
        return first, await cache.get("a", loader)

    assert asyncio.run(scenario()) == ("a#1", "a#2")


def test_one_load_for_concurrent_gets():
    async def scenario():
        calls, gate, loader = make()
        cache = AsyncCache(ttl=10, clock=Clock())
        tasks = [asyncio.create_task(cache.get("a", loader)) for _ in range(3)]
        await asyncio.sleep(0)
        gate.set()
        return await asyncio.gather(*tasks), calls

    assert asyncio.run(scenario()) == (["a#1"] * 3, ["a"])


def test_failure_is_retried():
    async def scenario():
        attempts = []

        async def loader(key):
            attempts.append(key)
            if len(attempts) == 1:
                raise ConnectionError("down")
            return "ok"

        cache = AsyncCache(ttl=10, clock=Clock())
        try:
            await cache.get("a", loader)
        except ConnectionError:
            pass
        return await cache.get("a", loader)

    assert asyncio.run(scenario()) == "ok"


def test_cancel_one_caller():
    async def scenario():
        calls, gate, loader = make()
        cache = AsyncCache(ttl=10, clock=Clock())
        first = asyncio.create_task(cache.get("a", loader))
        second = asyncio.create_task(cache.get("a", loader))
        await asyncio.sleep(0)
        first.cancel()
        await asyncio.sleep(0)
        gate.set()
        return await second

    assert asyncio.run(scenario()) == "a#1"


def test_invalidate_in_flight():
    async def scenario():
        calls, gate, loader = make()
        cache = AsyncCache(ttl=10, clock=Clock())
        task = asyncio.create_task(cache.get("a", loader))
        await asyncio.sleep(0)
        cache.invalidate("a")
        gate.set()
        await task
        return await cache.get("a", loader)

    assert asyncio.run(scenario()) == "a#2"


def test_keys_apart():
    async def scenario():
        calls, gate, loader = make()
        gate.set()
        cache = AsyncCache(ttl=10, clock=Clock())
        return [await cache.get(k, loader) for k in "ab"]

    assert asyncio.run(scenario()) == ["a#1", "b#2"]
