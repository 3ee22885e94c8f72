"""An HTTP client facade with partialmethod shortcuts, a retry decorator and lru_cache."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import ParamSpec

P = ParamSpec("P")
METHODS = frozenset({"GET", "POST", "PUT", "DELETE"})


@dataclass(frozen=True)
class Request:
    """What the transport sends."""

    method: str
    url: str
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None


@dataclass(frozen=True)
class Response:
    """What the transport returns."""

    status: int
    body: bytes = b""


Transport = Callable[[Request], Response]


class ApiClient:
    """Builds requests relative to a base URL and hands them to a transport.

    Add the shortcuts get, post, put and delete as partialmethods of request.
    """

    def __init__(self, base_url: str, transport: Transport) -> None:
        raise NotImplementedError("ApiClient.__init__")

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """Send ``method path``; headers are sent sorted by name."""
        raise NotImplementedError("ApiClient.request")


def retry_on(
    statuses: frozenset[int], attempts: int
) -> Callable[[Callable[P, Response]], Callable[P, Response]]:
    """Retry a call returning a Response while its status is in ``statuses``."""
    raise NotImplementedError("retry_on")


def resolve_region(hostname: str) -> str:
    """The region encoded in ``api.<region>.example.com`` (memoised)."""
    raise NotImplementedError("resolve_region")
