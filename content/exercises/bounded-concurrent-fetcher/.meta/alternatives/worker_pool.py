"""A different route: ``limit`` workers in a ``TaskGroup`` pulling distinct urls from a
shared iterator (no semaphore), and a race driven by done-callbacks and an ``Event``
instead of ``asyncio.wait``."""

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

Fetch = Callable[[str], Awaitable[str]]


@dataclass(frozen=True)
class FetchResult:
    url: str
    ok: bool
    body: str | None = None
    error: str | None = None


class AllFailedError(Exception):
    """Every mirror failed; `errors` maps url to its error text."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(f"all {len(errors)} mirrors failed")
        self.errors = errors


def _describe(exc: BaseException) -> str:
    return "timeout" if isinstance(exc, TimeoutError) else f"{exc.__class__.__name__}: {exc}"


async def _timed(fetch: Fetch, url: str, timeout: float) -> str:
    async with asyncio.timeout(timeout):
        return await fetch(url)


async def fetch_all(
    urls: Sequence[str], fetch: Fetch, *, limit: int, timeout: float
) -> list[FetchResult]:
    if limit < 1:
        raise ValueError(f"limit must be >= 1 (got limit={limit})")
    if not timeout > 0:
        raise ValueError(f"timeout must be > 0 (got timeout={timeout})")
    todo = iter(dict.fromkeys(urls))
    done: dict[str, FetchResult] = {}

    async def worker() -> None:
        for url in todo:
            try:
                done[url] = FetchResult(url, True, body=await _timed(fetch, url, timeout))
            except Exception as exc:
                done[url] = FetchResult(url, False, error=_describe(exc))

    async with asyncio.TaskGroup() as group:
        for _ in range(min(limit, len(urls))):
            group.create_task(worker())
    return [done[url] for url in urls]


async def first_success(urls: Sequence[str], fetch: Fetch, *, timeout: float) -> str:
    if len(urls) == 0:
        raise ValueError("at least one mirror is needed")
    finished: list[asyncio.Task[str]] = []
    wake = asyncio.Event()

    def on_done(task: asyncio.Task[str]) -> None:
        finished.append(task)
        wake.set()

    tasks = [asyncio.create_task(_timed(fetch, url, timeout)) for url in urls]
    for task in tasks:
        task.add_done_callback(on_done)
    errors: dict[int, str] = {}
    try:
        while len(errors) < len(tasks):
            await wake.wait()
            wake.clear()
            batch, finished[:] = sorted(finished, key=tasks.index), []
            for task in batch:
                if task.exception() is None:
                    return task.result()
                errors[tasks.index(task)] = _describe(task.exception())  # type: ignore[arg-type]
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    raise AllFailedError({url: errors[i] for i, url in enumerate(urls)})
