"""How cheap a second ``check_links`` run is, thanks to the cache's conditional requests.

A local HTTP server on 127.0.0.1 serves N pages, each with an ETag and a body of B bytes
(answering ``304 Not Modified`` to a matching If-None-Match, and a GET fallback for
half of them, which refuse HEAD). Baseline: the first run, with an empty cache, in the same
process. Prints both runs' wall time, the bytes of body the server sent and their ratios.

    uv run python benchmarks/links_second_run.py [--pages N] [--body B]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from pyhero.links import CheckOptions, LinkCache, LinkTarget, check_links


def serve(body_size: int, sent: list[int], requests: list[str]) -> ThreadingHTTPServer:
    body = b"x" * body_size

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return None

        def do_HEAD(self) -> None:
            requests.append("HEAD")
            if self.path.endswith("/no-head"):
                self.send_response(405)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self._page(with_body=False)

        def do_GET(self) -> None:
            requests.append("GET")
            self._page(with_body=True)

        def _page(self, with_body: bool) -> None:
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.send_header("ETag", '"v1"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("ETag", '"v1"')
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body)
                sent.append(len(body))

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server


def run(
    targets: list[LinkTarget], cache: LinkCache, sent: list[int], requests: list[str]
) -> tuple[float, int, int]:
    sent.clear()
    requests.clear()
    options = CheckOptions(timeout=5, concurrency=16, per_host=16)
    start = time.perf_counter()
    asyncio.run(check_links(targets, cache, options))
    return time.perf_counter() - start, sum(sent), len(requests)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--body", type=int, default=200_000)
    args = parser.parse_args()
    sent: list[int] = []
    requests: list[str] = []
    server = serve(args.body, sent, requests)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    targets = [
        LinkTarget(f"{base}/page/{n}" + ("/no-head" if n % 2 else "")) for n in range(args.pages)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "links.json"
        first = LinkCache.load(path)
        cold, cold_bytes, cold_requests = run(targets, first, sent, requests)
        first.save()
        warm, warm_bytes, warm_requests = run(targets, LinkCache.load(path), sent, requests)
    server.shutdown()
    print(f"{args.pages} links, half refusing HEAD, {args.body} byte pages")
    for name, ms, sent_bytes, count in (
        ("first run (empty cache)", cold * 1000, cold_bytes, cold_requests),
        ("second run (cache)", warm * 1000, warm_bytes, warm_requests),
    ):
        print(f"{name:<24} {ms:8.1f} ms {count:>5} requests {sent_bytes:>10} body bytes")
    byte_ratio = warm_bytes / max(cold_bytes, 1)
    print(
        f"ratio second/first: time {warm / cold:.2f}, "
        f"requests {warm_requests / cold_requests:.2f}, body bytes {byte_ratio:.2f}"
    )


if __name__ == "__main__":
    main()
