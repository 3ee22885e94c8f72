"""An httpx client for a carrier's rates API (see the instructions)."""

import time
from collections.abc import Callable, Generator, Mapping
from typing import Any

import httpx

USER_AGENT = "carrier-client/2.0"


class ApiError(Exception):
    """A request that failed with an HTTP status."""

    def __init__(self, status_code: int, path: str) -> None:
        raise NotImplementedError


class AuthError(ApiError):
    """The token endpoint refused to issue a token."""


def make_client(
    base_url: str,
    *,
    auth: httpx.Auth | None = None,
    timeout: float = 5.0,
    pool_timeout: float | None = None,
    max_connections: int = 10,
) -> httpx.Client:
    raise NotImplementedError


class BearerTokenAuth(httpx.Auth):
    requires_response_body = True

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        raise NotImplementedError

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise NotImplementedError
        yield request


def get_json(
    client: httpx.Client,
    path: str,
    *,
    params: Mapping[str, str | int] | None = None,
    attempts: int = 3,
    backoff: float = 0.25,
    max_delay: float = 8.0,
    sleep: Callable[[float], Any] = time.sleep,
) -> Any:
    raise NotImplementedError
