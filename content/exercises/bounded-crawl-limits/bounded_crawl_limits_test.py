import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bounded_crawl_limits import bounded_map, fetch_statuses


class Crawl:
    """Fake page fetches: each takes a few event-loop steps; records concurrency."""

    def __init__(self, failing: str | None = None) -> None:
        self.failing = failing
        self.running = 0
        self.peak = 0
        self.started: list[str] = []
        self.cancelled: list[str] = []

    async def fetch(self, url: str) -> str:
        self.started.append(url)
        self.running += 1
        self.peak = max(self.peak, self.running)
        try:
            for _ in range(len(url)):
                await asyncio.sleep(0)
            if url == self.failing:
                raise ConnectionResetError(f"{url}: connection reset")
            return url.upper()
        except asyncio.CancelledError:
            self.cancelled.append(url)
            raise
        finally:
            self.running -= 1


class CountingServer:
    """An HTTP server on 127.0.0.1 that counts the requests it serves at the same time.

    Each request waits (up to 1 s) until ``expected`` requests are in (or all of the
    ``total`` still to come), then 50 ms more, so that a client sending more than
    ``expected`` at once is seen doing it."""

    def __init__(self, expected: int, total: int) -> None:
        self.expected = expected
        self.left = total
        self.active = 0
        self.peak = 0
        self.changed = threading.Condition()
        counting = self

        def enough() -> bool:
            return counting.active >= min(counting.expected, counting.left)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # no delayed-ACK wait before each answer

            def do_GET(self) -> None:
                with counting.changed:
                    counting.active += 1
                    counting.peak = max(counting.peak, counting.active)
                    counting.changed.notify_all()
                    counting.changed.wait_for(enough, 1)
                threading.Event().wait(0.05)
                with counting.changed:
                    counting.active -= 1
                    counting.left -= 1
                    counting.changed.notify_all()
                status = 404 if self.path.startswith("/missing") else 200
                body = self.path.encode()
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> "CountingServer":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.task(taskno=1)
def test_bounded_map_keeps_order_and_the_limit() -> None:
    crawl = Crawl()
    urls = [f"/page/{n}" + "x" * (n % 4) for n in range(10)]
    got = asyncio.run(bounded_map(crawl.fetch, urls, limit=3))
    assert got == [url.upper() for url in urls], "results in input order"
    assert crawl.peak == 3, f"3 fetches at a time, no more, no fewer: peak {crawl.peak}"


@pytest.mark.task(taskno=1)
def test_bounded_map_takes_items_lazily() -> None:
    crawl = Crawl()
    taken: list[int] = []

    def urls() -> Iterator[str]:
        for n in range(1000):
            taken.append(n)
            yield f"/item/{n}"

    async def main() -> int:
        job = asyncio.create_task(bounded_map(crawl.fetch, urls(), limit=4))
        for _ in range(3):
            await asyncio.sleep(0)
        ahead = len(taken)
        await job
        return ahead

    ahead = asyncio.run(main())
    assert ahead <= 5, f"{ahead} items taken before any fetch finished: feed tasks lazily"
    assert len(taken) == 1000


@pytest.mark.task(taskno=1)
def test_bounded_map_edge_cases() -> None:
    crawl = Crawl()
    assert asyncio.run(bounded_map(crawl.fetch, [], limit=2)) == []
    assert asyncio.run(bounded_map(crawl.fetch, ["/a"], limit=50)) == ["/A"]
    with pytest.raises(ValueError, match="limit"):
        asyncio.run(bounded_map(crawl.fetch, ["/a"], limit=0))


@pytest.mark.task(taskno=2)
def test_a_failure_cancels_the_fetches_in_flight() -> None:
    crawl = Crawl(failing="/b")
    urls = ["/aaaaaaaaaa", "/b", "/cccccccccccc", "/d", "/e", "/f"]
    with pytest.raises(ConnectionResetError, match="/b: connection reset"):
        asyncio.run(bounded_map(crawl.fetch, urls, limit=2))
    assert crawl.started == ["/aaaaaaaaaa", "/b"], "nothing new starts after the failure"
    assert crawl.cancelled == ["/aaaaaaaaaa"], "the fetch still running is cancelled"


@pytest.mark.task(taskno=3)
def test_the_client_never_opens_more_connections_than_allowed() -> None:
    paths = [f"/products/{n}" for n in range(8)] + ["/missing/9"]
    with CountingServer(expected=3, total=len(paths)) as server:
        got = asyncio.run(fetch_statuses(server.url, paths, max_connections=3))
    assert got == [(path, 200) for path in paths[:-1]] + [("/missing/9", 404)]
    assert server.peak == 3, f"at most 3 requests at once, and 3 used: peak {server.peak}"


@pytest.mark.task(taskno=3)
def test_one_connection_means_one_request_at_a_time() -> None:
    with CountingServer(expected=1, total=3) as server:
        got = asyncio.run(fetch_statuses(server.url, ["/a", "/b", "/c"], max_connections=1))
    assert [status for _, status in got] == [200, 200, 200]
    assert server.peak == 1
    with pytest.raises(ValueError, match="max_connections"):
        asyncio.run(fetch_statuses(server.url, ["/a"], max_connections=0))
