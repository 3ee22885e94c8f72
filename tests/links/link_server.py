"""A real HTTP server on 127.0.0.1 for the link checker's tests: every path is a behaviour.

It records each request (method, path, headers) and the most requests it served at once.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["LinkServer", "Seen", "closed_port", "link_server"]

ETAG = '"v1"'
LAST_MODIFIED = "Mon, 07 Dec 2026 10:00:00 GMT"

REDIRECTS = {
    "/moved": (301, "/ok"),
    "/chain-1": (301, "/chain-2"),
    "/chain-2": (308, "/ok"),
    "/temporary": (302, "/ok"),
    "/moved-then-temporary": (301, "/temporary"),
    "/loop-a": (302, "/loop-b"),
    "/loop-b": (302, "/loop-a"),
    "/moved-to-missing": (301, "/missing"),
}


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class LinkServer:
    base: str
    seen: list[Seen] = field(default_factory=list)
    hits: Counter[str] = field(default_factory=Counter)
    in_flight: int = 0
    most_in_flight: int = 0
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def requests_to(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.path == path]


def _handler(state: LinkServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return None

        def do_HEAD(self) -> None:
            self._serve(body=False)

        def do_GET(self) -> None:
            self._serve(body=True)

        def _answer(self, status: int, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _serve(self, body: bool) -> None:
            path = self.path.split("?")[0]
            with state.lock:
                state.seen.append(Seen(self.command, path, dict(self.headers.items())))
                state.hits[path] += 1
                hits = state.hits[path]
                state.in_flight += 1
                state.most_in_flight = max(state.most_in_flight, state.in_flight)
            try:
                self._route(path, hits)
            finally:
                with state.lock:
                    state.in_flight -= 1

        def _route(self, path: str, hits: int) -> None:
            if path in REDIRECTS:
                status, target = REDIRECTS[path]
                self._answer(status, {"Location": target})
            elif path in ("/ok", "/busy"):
                if path == "/busy":
                    time.sleep(0.05)  # overlap: the test counts requests in flight
                if self.headers.get("If-None-Match") == ETAG:
                    self._answer(304, {"ETag": ETAG})
                else:
                    self._answer(200, {"ETag": ETAG})
            elif path == "/dated":
                if self.headers.get("If-Modified-Since") == LAST_MODIFIED:
                    self._answer(304)
                else:
                    self._answer(200, {"Last-Modified": LAST_MODIFIED})
            elif path == "/missing":
                self._answer(404)
            elif path == "/gone":
                self._answer(410)
            elif path == "/no-head":
                self._answer(405 if self.command == "HEAD" else 200, {"Allow": "GET"})
            elif path == "/head-forbidden":
                self._answer(403 if self.command == "HEAD" else 200)
            elif path == "/forbidden":
                self._answer(403)
            elif path == "/rate-limited":  # 429 with Retry-After once, then fine
                if hits == 1:
                    self._answer(429, {"Retry-After": "1"})
                else:
                    self._answer(200)
            elif path == "/rate-limited-long":
                self._answer(429, {"Retry-After": "3600"})
            elif path == "/flaky":  # two 503s, then it recovers
                self._answer(503 if hits <= 2 else 200)
            elif path == "/broken":
                self._answer(500)
            elif path == "/slow":
                state.release.wait(10)
                self._answer(200)
            elif path == "/reset":
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.connection.close()
                self.close_connection = True
            else:
                self._answer(404)

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        return None  # the reset path closes its socket on purpose


@contextmanager
def link_server() -> Iterator[LinkServer]:
    state = LinkServer(base="")
    server = _Server(("127.0.0.1", 0), _handler(state))
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
