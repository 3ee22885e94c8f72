"""Validation through a lookup table of body rules, headers sorted with ``itemgetter(0)``,
the retry loop as a ``for`` over the attempts with an early return, and the
host parsed by splitting on dots with character checks instead of a regular expression."""

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache, partialmethod, wraps
from operator import itemgetter
from typing import ParamSpec

P = ParamSpec("P")
METHODS = frozenset({"GET", "POST", "PUT", "DELETE"})
_BODY_ALLOWED = {"GET": False, "POST": True, "PUT": True, "DELETE": False}
_LETTERS = frozenset(string.ascii_lowercase)
_DIGITS = frozenset(string.digits)


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
        scheme, separator, _ = base_url.partition("://")
        if not separator or scheme not in ("http", "https"):
            raise ValueError("the base URL must use http or https")
        while base_url.endswith("/"):
            base_url = base_url[:-1]
        self.base_url = base_url
        self._send = transport

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
        if verb not in _BODY_ALLOWED:
            raise ValueError(f"{method!r} is not one of {sorted(METHODS)}")
        if path[:1] != "/":
            raise ValueError("a path starts with '/'")
        if not _BODY_ALLOWED[verb] and body is not None:
            raise ValueError(f"a {verb} request has no body")
        pairs = tuple(sorted(dict(headers or {}).items(), key=itemgetter(0)))
        return self._send(Request(verb, f"{self.base_url}{path}", pairs, body))

    get = partialmethod(request, "GET")
    post = partialmethod(request, "POST")
    put = partialmethod(request, "PUT")
    delete = partialmethod(request, "DELETE")


def retry_on(
    statuses: frozenset[int], attempts: int
) -> Callable[[Callable[P, Response]], Callable[P, Response]]:
    """Retry a call returning a Response while its status is in ``statuses``."""
    if attempts <= 0:
        raise ValueError("attempts must be positive")

    def decorate(call: Callable[P, Response]) -> Callable[P, Response]:
        @wraps(call)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> Response:
            for attempt in range(1, attempts + 1):
                response = call(*args, **kwargs)
                if attempt == attempts or response.status not in statuses:
                    return response
            raise AssertionError("unreachable: attempts >= 1")

        return wrapper

    return decorate


def _is_region(text: str) -> bool:
    parts = text.split("-")
    if len(parts) != 3:
        return False
    area, place, number = parts
    return (
        len(area) == 2
        and set(area) <= _LETTERS
        and place != ""
        and set(place) <= _LETTERS
        and len(number) == 1
        and number in _DIGITS
    )


def _lower_ascii(text: str) -> str:
    return text.translate(str.maketrans(string.ascii_uppercase, string.ascii_lowercase))


@lru_cache(maxsize=256)
def resolve_region(hostname: str) -> str:
    """The region encoded in ``api.<region>.example.com`` (memoised)."""
    labels = _lower_ascii(hostname).split(".")
    if len(labels) != 4 or labels[0] != "api" or labels[2:] != ["example", "com"]:
        raise ValueError(f"{hostname!r} is not a regional API host")
    if not _is_region(labels[1]):
        raise ValueError(f"{labels[1]!r} is not a region")
    return labels[1]
