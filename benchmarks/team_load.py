"""Load test of the team server: many signed-in learners against 1, then 2 grading workers.

For each worker count it makes a fresh PostgreSQL database and a private ``redis-server``,
seeds a cohort of N learners and a mentor, starts ``pyhero serve --team`` and that many
``pyhero worker --concurrency 1`` processes on this machine, signs everyone in, then runs
the learners. Each learner works in cycles of about ``--cycle`` seconds (uniform +-25 %):
it opens the exercise page, submits code to the job API, follows the job's server-sent
events to the verdict, then opens the roadmap and the progress page. Submissions alternate
between the exercise's stub (must fail) and its reference solution (must pass). The mentor
opens the cohort dashboard every 10 s. The first cycle is warm-up; figures cover the
``--seconds`` after it. Prints page p50/p99, submission -> verdict p50/p95, throughput and
errors (goal: 0) per run, then the 2-worker run against the 1-worker baseline.

Needs ``PYHERO_TEST_POSTGRES_URL`` (a PostgreSQL URL whose user may create databases;
``.ci/run`` sets it), ``redis-server`` and bubblewrap.

    uv run python benchmarks/team_load.py [--learners 200] [--seconds 120] [--cycle 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pyhero.progress import PathItem, open_team_store  # noqa: E402
from pyhero.team import accounts  # noqa: E402
from team.services import (  # noqa: E402  (the team tests' real-service helpers)
    POSTGRES_ENV,
    free_port,
    postgres_database,
    redis_server,
    start_worker,
    wait_for,
)

CONTENT = ROOT / "content"
SLUG = "bankers-rounding-invoices"
SOLUTION = "bankers_rounding_invoices.py"
TOPIC = "decimal"
PASSWORD = "load-test-password"
SECRET = "benchmark-secret-key-of-at-least-32-characters"
MENTOR_EVERY = 10.0


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile (0 without samples)."""
    if not samples:
        return 0.0
    ordered = sorted(samples)
    return ordered[max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))]


@dataclass
class Figures:
    """What one run measured, inside its measuring window only."""

    workers: int
    seconds: float
    pages: list[float] = field(default_factory=list)
    dashboards: list[float] = field(default_factory=list)
    verdicts: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)

    def line(self) -> str:
        pages, verdicts = self.pages, self.verdicts
        return (
            f"{self.workers} worker{'s' if self.workers > 1 else ' '}  "
            f"pages {len(pages):>5} p50 {percentile(pages, 0.5) * 1000:6.1f} ms "
            f"p99 {percentile(pages, 0.99) * 1000:7.1f} ms | "
            f"submission->verdict {len(verdicts):>4} "
            f"p50 {percentile(verdicts, 0.5):6.2f} s p95 {percentile(verdicts, 0.95):6.2f} s | "
            f"{len(pages) / self.seconds:5.1f} pages/s "
            f"{len(verdicts) / self.seconds * 60:6.1f} verdicts/min | "
            f"dashboard p50 {percentile(self.dashboards, 0.5) * 1000:6.1f} ms | "
            f"errors {sum(self.errors.values())}"
        )


class Window:
    """The measuring window: after the warm-up, for ``seconds``."""

    def __init__(self, warmup: float, seconds: float) -> None:
        self.start = time.monotonic() + warmup
        self.end = self.start + seconds

    def counts(self, started: float) -> bool:
        return self.start <= started < self.end

    def open(self) -> bool:
        return time.monotonic() < self.end


async def _page(client: httpx.AsyncClient, path: str, into: list[float], figures: Figures,
                window: Window) -> None:  # fmt: skip
    started = time.monotonic()
    try:
        response = await client.get(path)
        status = response.status_code
    except httpx.HTTPError as exc:
        status, response = 0, None
        if window.counts(started):
            figures.errors[f"GET {path}: {type(exc).__name__}"] += 1
    if response is not None and window.counts(started):
        into.append(time.monotonic() - started)
        if status != 200:
            figures.errors[f"GET {path}: {status}"] += 1


async def _verdict(client: httpx.AsyncClient, code: str) -> tuple[str, str | None]:
    """Submit ``code`` and follow the job to its end: (outcome, the verdict's status)."""
    queued = await client.post(f"/api/exercises/{SLUG}/jobs", json={"code": code})
    if queued.status_code != 202:
        return f"POST jobs: {queued.status_code}", None
    events_url = queued.json()["events_url"]
    while True:
        name = ""
        async with client.stream("GET", events_url, timeout=None) as stream:
            if stream.status_code != 200:
                return f"GET events: {stream.status_code}", None
            async for line in stream.aiter_lines():
                if line.startswith("event: "):
                    name = line.removeprefix("event: ")
                elif line.startswith("data: ") and name in ("done", "failed", "timeout"):
                    data = json.loads(line.removeprefix("data: "))
                    break
            else:
                return "events ended without a verdict", None
        if name == "done":
            return "done", data["outcome"]["result"]["status"]
        if name == "failed":
            return f"job failed: {data.get('error')}", None
        # "timeout": the job is still queued after PYHERO_JOB_TIMEOUT_SECONDS; follow again.


async def _learner(client: httpx.AsyncClient, codes: tuple[str, str], cycle: float,
                   figures: Figures, window: Window) -> None:  # fmt: skip
    await asyncio.sleep(random.uniform(0, cycle))  # learners arrive spread over one cycle
    turn = 0
    while window.open():
        began = time.monotonic()
        await _page(client, f"/exercises/{SLUG}", figures.pages, figures, window)
        correct = turn % 2 == 1
        started = time.monotonic()
        try:
            outcome, status = await _verdict(client, codes[turn % 2])
        except httpx.HTTPError as exc:
            outcome, status = f"submission: {type(exc).__name__}", None
        if window.counts(started):
            if outcome != "done":
                figures.errors[outcome] += 1
            elif (status == "pass") != correct:
                code = "reference solution" if correct else "stub"
                figures.errors[f"wrong verdict {status} for the {code}"] += 1
            else:
                figures.verdicts.append(time.monotonic() - started)
        turn += 1
        for path in ("/", "/progress"):
            await _page(client, path, figures.pages, figures, window)
        rest = cycle * random.uniform(0.75, 1.25) - (time.monotonic() - began)
        await asyncio.sleep(max(0.0, rest))


async def _mentor(client: httpx.AsyncClient, cohort: int, figures: Figures,
                  window: Window) -> None:  # fmt: skip
    while window.open():
        await _page(client, f"/team/cohorts/{cohort}", figures.dashboards, figures, window)
        await asyncio.sleep(MENTOR_EVERY)


async def _sign_in(base: str, username: str) -> httpx.AsyncClient:
    client = httpx.AsyncClient(base_url=base, timeout=60, limits=httpx.Limits(max_connections=2))
    response = await client.post("/login", data={"username": username, "password": PASSWORD})
    if response.status_code != 303:
        raise SystemExit(f"cannot sign {username} in: {response.status_code}")
    me = await client.get("/api/team/me")
    client.headers["X-CSRF-Token"] = me.json()["csrf_token"]
    return client


async def _load(base: str, names: list[str], cohort: int, cycle: float,
                seconds: float, figures: Figures) -> None:  # fmt: skip
    gate = asyncio.Semaphore(4)  # sign-ins check argon2 hashes: a few at a time

    async def signed_in(name: str) -> httpx.AsyncClient:
        async with gate:
            return await _sign_in(base, name)

    clients = await asyncio.gather(*(signed_in(name) for name in ["mentor", *names]))
    stub = (CONTENT / "exercises" / SLUG / SOLUTION).read_text()
    good = (CONTENT / "exercises" / SLUG / ".meta" / "example.py").read_text()
    window = Window(warmup=cycle, seconds=seconds)
    try:
        await asyncio.gather(
            _mentor(clients[0], cohort, figures, window),
            *(_learner(c, (stub, good), cycle, figures, window) for c in clients[1:]),
        )
    finally:
        await asyncio.gather(*(c.aclose() for c in clients))


def _seed(database_url: str, learners: int) -> tuple[list[str], int]:
    with open_team_store(database_url) as store:
        mentor = accounts.create_user(store, "mentor", "Mentor", "mentor", PASSWORD, actor="load")
        cohort = accounts.create_cohort(store, "Load", mentor, actor="load")
        store.cohorts.set_path(cohort.id, [PathItem(kind="topic", slug=TOPIC)])
        names = [f"learner{n:03d}" for n in range(learners)]
        for name in names:
            user = accounts.create_user(
                store, name, name.title(), "learner", PASSWORD, actor="load"
            )
            store.cohorts.add_member(cohort.id, user.id, "learner")
        return names, cohort.id


@contextmanager
def _team_server(env: dict[str, str], log: Path) -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-c", "from pyhero.cli import main; main()", "serve", "--team"]
    with log.open("wb") as out:
        server = subprocess.Popen(
            [*command, "--host", "127.0.0.1", "--port", str(port)],
            env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        if server.poll() is not None:
            raise SystemExit(f"the team server exited:\n{log.read_text()}")
        try:
            return httpx.get(base + "/login", timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    try:
        wait_for(ready, 120, "the team server")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=60)


def run(workers: int, args: argparse.Namespace, postgres: str, tmp: Path) -> Figures:
    root = tmp / f"{workers}-workers"
    root.mkdir()
    figures = Figures(workers, args.seconds)
    with ExitStack() as stack:
        database_url = stack.enter_context(postgres_database(postgres))
        redis_url = stack.enter_context(redis_server(root)) + "/0"
        env = {
            "PYHERO_CONTENT_DIR": str(CONTENT),
            "PYHERO_DATABASE_URL": database_url,
            "PYHERO_REDIS_URL": redis_url,
            "PYHERO_CACHE_DIR": str(root / "cache"),
            "PYHERO_WORKSPACE_DIR": str(root / "workspace"),
            "PYHERO_SECRET_KEY": SECRET,
            "PYHERO_LOG_LEVEL": "warning",
        }
        names, cohort = _seed(database_url, args.learners)
        base = stack.enter_context(_team_server(env, root / "server.log"))
        for number in range(workers):
            worker = start_worker(env, root / f"worker-{number}.log", redis_url)
            stack.callback(worker.stop)
        asyncio.run(_load(base, names, cohort, args.cycle, args.seconds, figures))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=120.0, help="measuring window")
    parser.add_argument("--cycle", type=float, default=20.0, help="seconds between submissions")
    args = parser.parse_args()
    postgres = os.environ.get(POSTGRES_ENV)
    if not postgres:
        raise SystemExit(f"set {POSTGRES_ENV} to a PostgreSQL URL (.ci/run starts one)")
    random.seed(15)
    print(
        f"{args.learners} learners + 1 mentor, a submission every ~{args.cycle:.0f} s each "
        f"(3 page views per cycle), {args.seconds:.0f} s measured after {args.cycle:.0f} s "
        f"warm-up; {os.cpu_count()} CPUs shared by server, workers, PostgreSQL, Redis and "
        f"this load generator; load average {os.getloadavg()[0]:.1f} at start"
    )
    results: list[Figures] = []
    with tempfile.TemporaryDirectory(prefix="pyhero-team-load-") as tmp:
        for workers in (1, 2):
            results.append(run(workers, args, postgres, Path(tmp)))
            print(f"{results[-1].line()} | load average {os.getloadavg()[0]:.1f}", flush=True)
            for what, count in results[-1].errors.most_common(5):
                print(f"    {count} x {what}")
    one, two = results

    def ratio(a: float, b: float) -> str:
        return f"{a / b:.2f}x" if b else "n/a"

    def verdicts(q: float) -> str:
        return ratio(percentile(two.verdicts, q), percentile(one.verdicts, q))

    print(
        f"2 workers against 1: verdicts/min {ratio(len(two.verdicts), len(one.verdicts))}, "
        f"submission->verdict p50 {verdicts(0.5)} p95 {verdicts(0.95)}, "
        f"page p99 {ratio(percentile(two.pages, 0.99), percentile(one.pages, 0.99))} "
        f"(goal: 0 errors; {'met' if not one.errors and not two.errors else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
