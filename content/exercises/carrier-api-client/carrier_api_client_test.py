import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from carrier_api_client import ApiError, AuthError, BearerTokenAuth, get_json, make_client


@dataclass
class Reply:
    """One scripted answer: a status, a JSON body, headers; ``hold`` seconds of silence
    first; ``drop`` closes the connection without answering."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    hold: float = 0.0
    drop: bool = False


class ApiServer(ThreadingHTTPServer):
    """A real HTTP/1.1 server on 127.0.0.1 that answers from a script and logs every
    request: (method, path with query, Authorization header)."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script: dict[str, list[Reply]] = {}
        self.log: list[tuple[str, str, str | None]] = []
        self.headers_seen: list[dict[str, str]] = []
        self.forms: list[dict[str, str]] = []
        self.active = 0
        self.lock = threading.Lock()
        self.release = threading.Event()
        self.tokens_issued = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def reply(self, path: str, *replies: Reply) -> None:
        self.script.setdefault(path, []).extend(replies)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up (timeout) breaks the pipe: expected here."""

    def wait_active(self, count: int) -> None:
        for _ in range(500):
            with self.lock:
                if self.active >= count:
                    return
            threading.Event().wait(0.01)
        raise AssertionError(f"{count} requests never arrived together")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # answers leave at once, not after a delayed ACK
    server: ApiServer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def _answer(self) -> None:
        server = self.server
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode()
        path = self.path.split("?")[0]
        with server.lock:
            server.log.append((self.command, self.path, self.headers.get("Authorization")))
            server.headers_seen.append({k.lower(): v for k, v in self.headers.items()})
            queue = server.script.get(path, [])
            reply = queue.pop(0) if queue else Reply()
            if path == "/oauth/token":
                server.forms.append(dict(parse_qsl(body)))
                if reply.status == 200 and reply.body is None:
                    server.tokens_issued += 1
                    reply.body = {"access_token": f"tok-{server.tokens_issued}", "expires_in": 300}
            server.active += 1
        try:
            if reply.drop:
                self.close_connection = True
                return
            if reply.hold:
                server.release.wait(reply.hold)
            data = json.dumps({"ok": True} if reply.body is None else reply.body).encode()
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        finally:
            with server.lock:
                server.active -= 1


@pytest.fixture
def server() -> Iterator[ApiServer]:
    api = ApiServer()
    thread = threading.Thread(target=api.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    try:
        yield api
    finally:
        api.release.set()
        api.shutdown()
        api.server_close()
        thread.join()


class Sleeps(list[float]):
    """A fake ``sleep``: records the delays instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def authed(server: ApiServer, clock: Clock | None = None) -> httpx.Client:
    auth = BearerTokenAuth(f"{server.url}/oauth/token", "shop-7", "s3cret",
                           clock=clock or Clock())  # fmt: skip
    return make_client(server.url, auth=auth)


@pytest.mark.task(taskno=1)
def test_client_uses_the_base_url_and_sends_its_headers(server: ApiServer) -> None:
    with make_client(server.url) as client:
        assert client.get("/v1/ping").json() == {"ok": True}
    assert server.log == [("GET", "/v1/ping", None)]
    assert server.headers_seen[0]["user-agent"] == "carrier-client/2.0"
    assert server.headers_seen[0]["accept"] == "application/json"


@pytest.mark.task(taskno=1)
def test_a_silent_server_times_out(server: ApiServer) -> None:
    server.reply("/v1/slow", Reply(hold=2.0))
    with make_client(server.url, timeout=0.2) as client, pytest.raises(httpx.ReadTimeout):
        client.get("/v1/slow")


@pytest.mark.task(taskno=1)
def test_the_pool_is_bounded_and_waiting_for_it_times_out(server: ApiServer) -> None:
    server.reply("/v1/slow", Reply(hold=3.0), Reply(hold=3.0))
    answers: list[int] = []
    with make_client(server.url, max_connections=2, pool_timeout=0.2) as client:

        def slow() -> None:
            answers.append(client.get("/v1/slow").status_code)

        threads = [threading.Thread(target=slow) for _ in range(2)]
        for thread in threads:
            thread.start()
        server.wait_active(2)
        with pytest.raises(httpx.PoolTimeout):
            client.get("/v1/fast")
        server.release.set()
        for thread in threads:
            thread.join()
    assert answers == [200, 200]
    assert [path for _, path, _ in server.log] == ["/v1/slow", "/v1/slow"], "never sent"


@pytest.mark.task(taskno=2)
def test_a_token_is_fetched_lazily_and_reused(server: ApiServer) -> None:
    with authed(server) as client:
        assert server.log == [], "no token before the first request"
        get_json(client, "/v1/rates")
        get_json(client, "/v1/zones")
    assert server.log == [
        ("POST", "/oauth/token", None),
        ("GET", "/v1/rates", "Bearer tok-1"),
        ("GET", "/v1/zones", "Bearer tok-1"),
    ]
    assert server.forms == [
        {"grant_type": "client_credentials", "client_id": "shop-7", "client_secret": "s3cret"}
    ]


@pytest.mark.task(taskno=2)
def test_the_token_is_refreshed_ten_seconds_before_it_expires(server: ApiServer) -> None:
    server.reply("/oauth/token", Reply(body={"access_token": "early", "expires_in": 60}))
    clock = Clock()
    with authed(server, clock) as client:
        get_json(client, "/v1/rates")
        clock.now += 49.5
        get_json(client, "/v1/rates")
        clock.now += 0.5
        get_json(client, "/v1/rates")
    assert [auth for _, _, auth in server.log] == [
        None, "Bearer early", "Bearer early", None, "Bearer tok-1"
    ]  # fmt: skip


@pytest.mark.task(taskno=2)
def test_a_401_refreshes_the_token_once_and_resends(server: ApiServer) -> None:
    server.reply("/v1/rates", Reply(401), Reply(body={"rate": 12}))
    with authed(server) as client:
        assert get_json(client, "/v1/rates") == {"rate": 12}
    assert server.log == [
        ("POST", "/oauth/token", None),
        ("GET", "/v1/rates", "Bearer tok-1"),
        ("POST", "/oauth/token", None),
        ("GET", "/v1/rates", "Bearer tok-2"),
    ]


@pytest.mark.task(taskno=2)
def test_a_second_401_is_an_api_error(server: ApiServer) -> None:
    server.reply("/v1/rates", Reply(401), Reply(401))
    sleeps = Sleeps()
    with authed(server) as client, pytest.raises(ApiError) as raised:
        get_json(client, "/v1/rates", sleep=sleeps)
    assert raised.value.status_code == 401
    assert raised.value.path == "/v1/rates"
    assert not isinstance(raised.value, AuthError), "the API's answer, not the token endpoint's"
    assert len(server.log) == 4, "one refresh, no retry"
    assert sleeps == []


@pytest.mark.task(taskno=2)
def test_a_refused_token_is_an_auth_error(server: ApiServer) -> None:
    server.reply("/oauth/token", Reply(400, {"error": "invalid_client"}))
    with authed(server) as client, pytest.raises(AuthError) as raised:
        get_json(client, "/v1/rates", sleep=Sleeps())
    assert isinstance(raised.value, ApiError)
    assert (raised.value.status_code, raised.value.path) == (400, "/oauth/token")
    assert server.log == [("POST", "/oauth/token", None)], "no API request without a token"


@pytest.mark.task(taskno=3)
def test_success_returns_the_json_and_sends_the_params(server: ApiServer) -> None:
    server.reply("/v1/rates", Reply(body=[{"service": "express", "cents": 1250}]))
    with make_client(server.url) as client:
        found = get_json(client, "/v1/rates", params={"from": "NL", "grams": 750})
    assert found == [{"service": "express", "cents": 1250}]
    assert server.log == [("GET", "/v1/rates?from=NL&grams=750", None)]


@pytest.mark.task(taskno=3)
def test_5xx_is_retried_with_exponential_backoff(server: ApiServer) -> None:
    server.reply("/v1/rates", Reply(503), Reply(500), Reply(502), Reply(body={"rate": 3}))
    sleeps = Sleeps()
    with make_client(server.url) as client:
        assert get_json(client, "/v1/rates", attempts=4, sleep=sleeps) == {"rate": 3}
    assert sleeps == [0.25, 0.5, 1.0]
    assert len(server.log) == 4


@pytest.mark.task(taskno=3)
def test_giving_up_raises_without_a_last_sleep(server: ApiServer) -> None:
    server.reply("/v1/rates", *[Reply(500)] * 3)
    sleeps = Sleeps()
    with make_client(server.url) as client, pytest.raises(ApiError) as raised:
        get_json(client, "/v1/rates", backoff=1.0, sleep=sleeps)
    assert raised.value.status_code == 500
    assert sleeps == [1.0, 2.0]
    assert len(server.log) == 3


@pytest.mark.task(taskno=3)
def test_retry_after_wins_and_is_capped(server: ApiServer) -> None:
    server.reply("/v1/rates", Reply(429, headers={"Retry-After": "3"}),
                 Reply(503, headers={"Retry-After": "120"}),
                 Reply(429, headers={"Retry-After": "Wed, 21 Oct 2026 07:28:00 GMT"}),
                 Reply(body={"rate": 1}))  # fmt: skip
    sleeps = Sleeps()
    with make_client(server.url) as client:
        get_json(client, "/v1/rates", attempts=5, max_delay=8.0, sleep=sleeps)
    assert sleeps == [3.0, 8.0, 1.0], "header, capped header, then the backoff (0.25 x 4)"


@pytest.mark.task(taskno=3)
def test_backoff_is_capped_too(server: ApiServer) -> None:
    server.reply("/v1/rates", *[Reply(503)] * 4)
    sleeps = Sleeps()
    with make_client(server.url) as client:
        get_json(client, "/v1/rates", attempts=5, backoff=1.5, max_delay=5.0, sleep=sleeps)
    assert sleeps == [1.5, 3.0, 5.0, 5.0]


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("status", [400, 403, 404, 408, 422, 431, 451])
def test_client_errors_are_not_retried(server: ApiServer, status: int) -> None:
    server.reply("/v1/rates", Reply(status))
    sleeps = Sleeps()
    with make_client(server.url) as client, pytest.raises(ApiError) as raised:
        get_json(client, "/v1/rates", sleep=sleeps)
    assert (raised.value.status_code, raised.value.path) == (status, "/v1/rates")
    assert str(raised.value) == f"GET /v1/rates failed with status {status}"
    assert (sleeps, len(server.log)) == ([], 1)


@pytest.mark.task(taskno=3)
def test_a_dropped_connection_is_retried(server: ApiServer) -> None:
    server.reply("/v1/rates", Reply(drop=True), Reply(body={"rate": 9}))
    sleeps = Sleeps()
    with make_client(server.url) as client:
        assert get_json(client, "/v1/rates", sleep=sleeps) == {"rate": 9}
    assert sleeps == [0.25]


@pytest.mark.task(taskno=3)
def test_connection_errors_are_reraised_after_the_last_attempt() -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    sleeps = Sleeps()
    with make_client(f"http://127.0.0.1:{port}") as client, pytest.raises(httpx.ConnectError):
        get_json(client, "/v1/rates", attempts=2, sleep=sleeps)
    assert sleeps == [0.25]


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("attempts", [0, -2])
def test_attempts_must_be_positive(server: ApiServer, attempts: int) -> None:
    with make_client(server.url) as client, pytest.raises(ValueError, match="attempts"):
        get_json(client, "/v1/rates", attempts=attempts)
    assert server.log == []
