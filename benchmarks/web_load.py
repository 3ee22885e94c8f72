"""Load test of the web app: the roadmap page and /api/curriculum at 50 connections.

Starts ``uvicorn --factory pyhero.web:create_app`` in a subprocess on the real content with
a fresh SQLite database, then loads each path with ``wrk`` (Debian package ``wrk``; one
thread) when it is installed, else with an httpx async client (``--tool`` chooses). The load
generator runs on the same machine and competes with the server for the CPU; the httpx one
costs far more CPU per request than wrk. Prints the tool, requests per second and p50/p99
latency for each path; the goal is >= 500 req/s with p99 < 50 ms.

    uv run python benchmarks/web_load.py [--seconds 10] [--connections 50] [--tool wrk]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

GOAL_RPS = 500.0
GOAL_P99_MS = 50.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start_server(port: int, root: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env.update(
        PYHERO_DATABASE_URL=f"sqlite:///{root / 'bench.db'}",
        PYHERO_WORKSPACE_DIR=str(root / "workspace"),
        PYHERO_GRADER_WORKERS="1",
        PYHERO_LOG_LEVEL="warning",
    )
    command = [
        sys.executable, "-m", "uvicorn", "--factory", "pyhero.web:create_app",
        "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip
    return subprocess.Popen(command, env=env)


def _wait_ready(base: str, server: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with code {server.returncode}")
        try:
            if httpx.get(base + "/api/curriculum", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not become ready")


async def _load(base: str, path: str, connections: int, seconds: float) -> tuple[int, list[float]]:
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        for _ in range(20):  # warm up: caches, connections
            await client.get(path)
        stop = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < stop:
                started = time.perf_counter()
                response = await client.get(path)
                latencies.append(time.perf_counter() - started)
                if response.status_code != 200:
                    errors += 1

        await asyncio.gather(*(worker() for _ in range(connections)))
    return errors, latencies


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _wrk(
    base: str, path: str, connections: int, seconds: float
) -> tuple[int, float, float, float, int]:
    """(requests, req/s, p50 ms, p99 ms, errors) measured by wrk."""
    subprocess.run(["wrk", "-t1", "-c4", "-d1s", base + path], capture_output=True, check=True)
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds:.0f}s", "--latency", base + path],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip

    def latency(percent: str) -> float:
        found = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", out, re.MULTILINE)
        if found is None:
            raise SystemExit(f"cannot read the {percent}% latency from wrk:\n{out}")
        return float(found[1]) * _UNITS[found[2]]

    requests = re.search(r"(\d+) requests in", out)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if requests is None or rate is None:
        raise SystemExit(f"cannot read wrk's output:\n{out}")
    failed = (int(bad[1]) if bad else 0) + (sum(map(int, errors.groups())) if errors else 0)
    return int(requests[1]), float(rate[1]), latency("50"), latency("99"), failed


def _report(path: str, requests: int, rps: float, p50: float, p99: float, errors: int) -> bool:
    ok = rps >= GOAL_RPS and p99 < GOAL_P99_MS and errors == 0
    print(
        f"{path:<16} {requests:>7} requests  {rps:>8.1f} req/s  "
        f"p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  errors {errors}  "
        f"(goal >= {GOAL_RPS:.0f} req/s, p99 < {GOAL_P99_MS:.0f} ms: {'met' if ok else 'NOT met'}; "
        f"{rps / GOAL_RPS:.2f}x the rate goal)"
    )
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--tool", choices=["auto", "wrk", "httpx"], default="auto")
    args = parser.parse_args()
    tool = args.tool
    if tool == "auto":
        tool = "wrk" if shutil.which("wrk") else "httpx"
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="pyhero-web-load-") as tmp:
        server = _start_server(port, Path(tmp))
        try:
            _wait_ready(base, server)
            described = "wrk (1 thread)" if tool == "wrk" else "httpx.AsyncClient"
            print(
                f"load generator: {described}, {args.connections} connections, "
                f"{args.seconds:.0f} s per path, {os.cpu_count()} CPUs shared with the server; "
                f"load average before: {os.getloadavg()[0]:.1f}"
            )
            for path in ("/", "/api/curriculum"):
                if tool == "wrk":
                    _report(path, *_wrk(base, path, args.connections, args.seconds))
                    continue
                errors, latencies = asyncio.run(_load(base, path, args.connections, args.seconds))
                cuts = statistics.quantiles(latencies, n=100)
                rate = len(latencies) / args.seconds
                _report(path, len(latencies), rate, cuts[49] * 1000, cuts[98] * 1000, errors)
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
