"""Races the mirrors with ``asyncio.as_completed`` and takes the first success it yields.

``as_completed`` yields in the order the fetches finished, so when two mirrors finish in the
same event-loop step the one that happened to finish first wins, not the one earlier in
``urls``. The losers are cancelled and awaited properly. The original tie test had the
earlier mirror also finish first; the visible test where the later one finishes first
within the step catches it.
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

    async def attempt(url: str) -> tuple[str, str | None, str | None]:
        try:
            return url, await asyncio.wait_for(fetch(url), timeout), None
        except Exception as exc:
            return url, None, _describe(exc)

    tasks = [asyncio.create_task(attempt(url)) for url in urls]
    errors: dict[str, str] = {}
    try:
        for finished in asyncio.as_completed(tasks):
            url, body, error = await finished
            if error is None:
                return body or ""
            errors[url] = error
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    raise AllFailedError({url: errors[url] for url in urls})
