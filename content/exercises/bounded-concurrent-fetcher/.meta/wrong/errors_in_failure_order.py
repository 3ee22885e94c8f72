"""Builds ``AllFailedError.errors`` in the order the mirrors failed.

The first success and the cancellation are right, but when every mirror fails the dict
lists the fastest failure first instead of following ``urls``. In the original test the
mirrors failed in their own order; the visible test where they fail in reverse catches it.
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
    """Fetch every distinct url once, at most `limit` at a time, in input order."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    if timeout <= 0:
        raise ValueError(f"timeout must be positive, got {timeout}")
    gate = asyncio.Semaphore(limit)

    async def one(url: str) -> FetchResult:
        async with gate:
            try:
                body = await asyncio.wait_for(fetch(url), timeout)
            except Exception as exc:
                return FetchResult(url, ok=False, error=_describe(exc))
        return FetchResult(url, ok=True, body=body)

    distinct = list(dict.fromkeys(urls))
    results = await asyncio.gather(*(one(url) for url in distinct))
    by_url = dict(zip(distinct, results, strict=True))
    return [by_url[url] for url in urls]


async def first_success(urls: Sequence[str], fetch: Fetch, *, timeout: float) -> str:
    """Race all mirrors; return the first body and cancel the others."""
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
    raise AllFailedError(errors)
