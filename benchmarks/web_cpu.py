"""CPU time per request of the web app's hot paths, in process, without a network.

``web_load.py`` measures throughput over sockets, which on a shared 2-core machine moves
with whatever else runs. This one calls the ASGI app directly and counts the process's own
CPU time (``time.process_time``), best of five rounds, for ``GET /`` and
``GET /api/curriculum`` through every layer (security headers, host and origin guard, hot
path cache), next to a bare ASGI app that sends the same bytes (the floor, measured in the
same run). Prints microseconds per request and the ratio to the floor.

    uv run python benchmarks/web_cpu.py [--requests 20000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from pyhero.config import Settings, default_content_dir
from pyhero.web import create_app

Message = dict[str, Any]


def _scope(path: str) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1:8000"), (b"accept-encoding", b"identity")],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }


async def _call(app: Any, path: str) -> bytes:
    body: list[bytes] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        body.append(message.get("body", b""))

    await app(_scope(path), receive, send)
    return b"".join(body)


def _bare(bodies: dict[str, bytes]) -> Any:
    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        body = bodies[scope["path"]]
        headers = [(b"content-type", b"text/html"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


async def _cpu_per_request(app: Any, path: str, requests: int) -> float:
    rounds = []
    for _ in range(5):
        start = time.process_time()
        for _ in range(requests):
            await _call(app, path)
        rounds.append((time.process_time() - start) / requests * 1e6)
    return min(rounds)


async def _started(app: Any) -> asyncio.Task[None]:
    """Run the app's lifespan startup; the returned task holds it open."""
    inbox: asyncio.Queue[Message] = asyncio.Queue()
    await inbox.put({"type": "lifespan.startup"})
    started = asyncio.Event()

    async def send(message: Message) -> None:
        if message["type"].startswith("lifespan.startup"):
            started.set()

    scope = {"type": "lifespan", "asgi": {"version": "3.0"}}
    task = asyncio.create_task(app(scope, inbox.get, send))
    await started.wait()
    return task


async def main(requests: int) -> None:
    with tempfile.TemporaryDirectory(prefix="pyhero-cpu-") as tmp:
        database = Path(tmp) / "bench.db"
        settings = Settings(
            content_dir=default_content_dir(),
            database_url=f"sqlite:///{database}",
            workspace_dir=Path(tmp) / "workspace",
            grader_workers=1,
        )
        app = create_app(settings)
        lifespan = await _started(app)
        paths = ["/", "/api/curriculum"]
        for path in paths:
            await _call(app, path)
        past = time.time() - 60  # the database looks quiet, as between two page views
        for file in (database, Path(f"{database}-wal")):
            if file.exists():
                os.utime(file, (past, past))
        bodies = {path: await _call(app, path) for path in paths}
        bodies = {path: await _call(app, path) for path in paths}  # now from the hot path
        bare = _bare(bodies)
        for path in paths:
            floor = await _cpu_per_request(bare, path, requests)
            spent = await _cpu_per_request(app, path, requests)
            print(
                f"{path:16} {spent:6.1f} us CPU per request   bare ASGI floor {floor:5.1f} us"
                f"   {spent / floor:4.1f}x the floor   body {len(bodies[path]) / 1024:.1f} KiB"
            )
        lifespan.cancel()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20000)
    asyncio.run(main(parser.parse_args().requests))
