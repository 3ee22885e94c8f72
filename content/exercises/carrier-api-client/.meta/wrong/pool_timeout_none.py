"""Passes pool_timeout straight to httpx.Timeout: None means no pool timeout at all instead
of waiting timeout seconds, so a request waits for a busy pool forever. The visible tests
always pass pool_timeout; the sealed set's pool probe uses the default.

An httpx client for a carrier's rates API (see the instructions)."""

import time
from collections.abc import Callable, Generator, Mapping
from typing import Any

import httpx

USER_AGENT = "carrier-client/2.0"


class ApiError(Exception):
    """A request that failed with an HTTP status."""

    def __init__(self, status_code: int, path: str) -> None:
        self.status_code = status_code
        self.path = path
        super().__init__(f"GET {path} failed with status {status_code}")


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
    return httpx.Client(
        base_url=base_url,
        auth=auth,
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        timeout=httpx.Timeout(timeout, pool=pool_timeout),
        limits=httpx.Limits(max_connections=max_connections),
    )


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
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.clock = clock
        self._token: str | None = None
        self._due_at = 0.0

    def _token_request(self) -> httpx.Request:
        return httpx.Request(
            "POST",
            self.token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self.client_secret,
            },
        )

    def _store(self, response: httpx.Response) -> None:
        if not 200 <= response.status_code < 300:
            raise AuthError(response.status_code, httpx.URL(self.token_url).path)
        payload = response.json()
        self._token = payload["access_token"]
        self._due_at = self.clock() + float(payload["expires_in"]) - 10

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._token is None or self.clock() >= self._due_at:
            token_response = yield self._token_request()
            self._store(token_response)
        request.headers["Authorization"] = f"Bearer {self._token}"
        response = yield request
        if response.status_code == 401:
            token_response = yield self._token_request()
            self._store(token_response)
            request.headers["Authorization"] = f"Bearer {self._token}"
            yield request


def _retry_after(response: httpx.Response | None) -> int | None:
    if response is None:
        return None
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    if value and value.isascii() and value.isdigit():
        return int(value)
    return None


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
    if attempts < 1:
        raise ValueError(f"attempts must be at least 1, got {attempts}")
    for attempt in range(1, attempts + 1):
        response: httpx.Response | None = None
        try:
            response = client.get(path, params=params)
        except httpx.TransportError:
            if attempt == attempts:
                raise
        else:
            status = response.status_code
            if 200 <= status < 300:
                return response.json()
            if not (status == 429 or 500 <= status < 600):
                raise ApiError(status, path)
            if attempt == attempts:
                raise ApiError(status, path)
        ra = _retry_after(response)
        delay = ra if ra is not None else backoff * 2 ** (attempt - 1)
        sleep(min(delay, max_delay))
    raise AssertionError("unreachable")
