"""A pool of ``limit`` workers that the cancellation never reaches.

The workers take urls from a queue and ``fetch_all`` waits on ``queue.join()``. Cancelling
``fetch_all`` cancels only that wait: the workers keep fetching in the background, and the
queued urls still start once the slots free up. The original cancellation test used fetches
that hang forever, so nothing visible happened after the cancel (``asyncio.run`` cancelled
the leftovers at the end); the visible test with finite fetches catches it.
"""

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
    if isinstance(exc, TimeoutError):
        return "timeout"
    return f"{type(exc).__name__}: {exc}"


async def fetch_all(
    urls: Sequence[str], fetch: Fetch, *, limit: int, timeout: float
) -> list[FetchResult]:
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    if timeout <= 0:
        raise ValueError(f"timeout must be positive, got {timeout}")
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in dict.fromkeys(urls):
        queue.put_nowait(url)
    results: dict[str, FetchResult] = {}

    async def worker() -> None:
        while True:
            url = await queue.get()
            try:
                body = await asyncio.wait_for(fetch(url), timeout)
                results[url] = FetchResult(url, ok=True, body=body)
            except Exception as exc:
                results[url] = FetchResult(url, ok=False, error=_describe(exc))
            finally:
                queue.task_done()

    workers = [asyncio.create_task(worker()) for _ in range(limit)]
    await queue.join()
    for task in workers:
        task.cancel()
    return [results[url] for url in urls]


async def first_success(urls: Sequence[str], fetch: Fetch, *, timeout: float) -> str:
    if not urls:
        raise ValueError("no mirrors given")
    tasks = {asyncio.create_task(asyncio.wait_for(fetch(url), timeout)): url for url in urls}
    position = {task: index for index, task in enumerate(tasks)}
    errors: dict[str, str] = {}
    pending = set(tasks)
    try:
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in sorted(done, key=position.__getitem__):
                exc = task.exception()
                if exc is None:
                    return task.result()
                errors[tasks[task]] = _describe(exc)
    finally:
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    raise AllFailedError({url: errors[url] for url in urls})
