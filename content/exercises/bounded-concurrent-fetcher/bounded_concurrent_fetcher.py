"""Concurrent fetching with limits, timeouts and cancellation: implement below."""

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
        raise NotImplementedError


async def fetch_all(
    urls: Sequence[str], fetch: Fetch, *, limit: int, timeout: float
) -> list[FetchResult]:
    """Fetch every distinct url once, at most `limit` at a time, in input order."""
    raise NotImplementedError


async def first_success(urls: Sequence[str], fetch: Fetch, *, timeout: float) -> str:
    """Race all mirrors; return the first body and cancel the others."""
    raise NotImplementedError
