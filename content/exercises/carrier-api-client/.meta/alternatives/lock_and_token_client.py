"""Fetches tokens with its own short-lived httpx client under a lock; retries in a for loop.

The token request does not travel through the API client's auth flow (``sync_auth_flow``
is overridden to hold a ``threading.Lock`` while refreshing, as httpx's documentation
suggests for shared clients), and the retry delays come from a helper.
"""

import re
import threading
import time
from collections.abc import Callable, Generator, Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx


class ApiError(Exception):
    def __init__(self, status_code: int, path: str) -> None:
        self.status_code = status_code
        self.path = path
        super().__init__(f"GET {path} failed with status {status_code}")


class AuthError(ApiError):
    pass


def make_client(
    base_url: str,
    *,
    auth: httpx.Auth | None = None,
    timeout: float = 5.0,
    pool_timeout: float | None = None,
    max_connections: int = 10,
) -> httpx.Client:
    timeouts = httpx.Timeout(
        connect=timeout,
        read=timeout,
        write=timeout,
        pool=pool_timeout if pool_timeout is not None else timeout,
    )
    client = httpx.Client(
        base_url=base_url,
        timeout=timeouts,
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=None),
    )
    client.headers["User-Agent"] = "carrier-client/2.0"
    client.headers["Accept"] = "application/json"
    if auth is not None:
        client.auth = auth
    return client


class BearerTokenAuth(httpx.Auth):
    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.credentials = {
            "grant_type": "client_credentials",
            "client_id": client_id,
            "client_secret": client_secret,
        }
        self.clock = clock
        self.lock = threading.Lock()
        self.token: str | None = None
        self.valid_until = float("-inf")

    def refresh(self) -> None:
        with httpx.Client() as token_client:
            response = token_client.post(self.token_url, data=self.credentials)
        if response.status_code // 100 != 2:
            raise AuthError(response.status_code, urlsplit(self.token_url).path)
        body = response.json()
        self.token = body["access_token"]
        self.valid_until = self.clock() + body["expires_in"] - 10

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        with self.lock:
            if self.token is None or self.clock() >= self.valid_until:
                self.refresh()
            request.headers["Authorization"] = "Bearer " + str(self.token)
        response = yield request
        if response.status_code == 401:
            with self.lock:
                self.refresh()
                request.headers["Authorization"] = "Bearer " + str(self.token)
            yield request


def retry_delay(response: httpx.Response | None, failures: int, backoff: float) -> float:
    if response is not None:
        header = response.headers.get("retry-after")
        if header is not None and re.fullmatch(r"\d+", header, flags=re.ASCII):
            return int(header)
    return backoff * 2**failures


def get_json(
    client: httpx.Client,
    path: str,
    *,
    params: Mapping[str, Any] | None = None,
    attempts: int = 3,
    backoff: float = 0.25,
    max_delay: float = 8.0,
    sleep: Callable[[float], Any] = time.sleep,
) -> Any:
    if attempts <= 0:
        raise ValueError("attempts must be positive")
    for failures in range(attempts):
        last = failures == attempts - 1
        response = None
        try:
            response = client.get(path, params=params)
        except httpx.TransportError:
            if last:
                raise
        else:
            code = response.status_code
            if 200 <= code < 300:
                return response.json()
            if last or not (code == 429 or 500 <= code <= 599):
                raise ApiError(code, path)
        sleep(min(max_delay, retry_delay(response, failures, backoff)))
    return None
