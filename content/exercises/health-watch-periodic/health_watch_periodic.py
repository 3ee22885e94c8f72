"""Watch a dependency's health with aiomisc: a periodic probe under a timeout."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

Probe = Callable[[], Awaitable[bool]]


async def watch(
    probe: Probe, *, interval: float, timeout: float, duration: float
) -> list[tuple[float, str]]:
    raise NotImplementedError("implement watch")
