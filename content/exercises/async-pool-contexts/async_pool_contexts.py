"""Context-manager utilities and an async connection pool: implement them below."""

from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")


class LineReader(Protocol):
    def read_line(self) -> str | None: ...

    def close(self) -> None: ...


class AsyncConnection(Protocol):
    async def close(self) -> None: ...


ConnT = TypeVar("ConnT", bound=AsyncConnection)


def drain(reader: LineReader) -> list[str]:
    """Read lines until None, and close the reader whatever happens."""
    raise NotImplementedError


def run_capturing(func: Callable[[], T]) -> tuple[T, str]:
    """Call a chatty function and return its result and everything it printed."""
    raise NotImplementedError


def maybe_locked(lock: AbstractContextManager[object] | None) -> AbstractContextManager[object]:
    """The lock itself, or a do-nothing context manager when there is no lock."""
    raise NotImplementedError


class ConnectionPool(Generic[ConnT]):
    """At most `size` connections, created lazily, reused while healthy."""

    def __init__(self, factory: Callable[[], Awaitable[ConnT]], size: int) -> None:
        raise NotImplementedError

    @property
    def idle(self) -> int:
        raise NotImplementedError

    def connection(self) -> AbstractAsyncContextManager[ConnT]:
        """Use as `async with pool.connection() as conn:`."""
        raise NotImplementedError

    async def close(self) -> None:
        raise NotImplementedError
