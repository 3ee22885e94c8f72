"""Tests for async_cache.py: write yours here (see the instructions)."""

import pytest

from async_cache import AsyncCache


@pytest.mark.asyncio
async def test_a_first_get_calls_the_loader():
    async def loader(key):
        return key.upper()

    assert await AsyncCache(ttl=5).get("a", loader) == "A"
