"""Queue depth and worker health, from Redis (queues, heartbeats) and the database."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import anyio.to_thread

from pyhero.team.schemas import HealthOut, QueueOut, WorkerOut
from pyhero.workers import WORKER_KEY_PREFIX, grading_queue

__all__ = ["health"]


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _number(fields: dict[str, str], name: str) -> float:
    try:
        return float(fields.get(name) or 0)
    except ValueError:
        return 0.0


async def health(redis: Any, store: Any, version: str) -> HealthOut:
    """Every grading queue's length, the jobs by state, and each live worker's heartbeat."""
    names = {grading_queue(version)}
    async for key in redis.scan_iter(match="pyhero.grade.*", count=100):
        names.add(_text(key))
    queues = [
        QueueOut(name=name, depth=int(await redis.llen(name)))
        for name in sorted(names)
        if await redis.type(name) in (b"list", "list", b"none", "none")
    ]
    counts = await anyio.to_thread.run_sync(store.jobs.counts)
    now = time.time()
    workers = []
    async for key in redis.scan_iter(match=f"{WORKER_KEY_PREFIX}*", count=100):
        raw = await redis.hgetall(key)
        fields = {_text(k): _text(v) for k, v in raw.items()}
        if not fields:
            continue
        workers.append(
            WorkerOut(
                name=_text(key).removeprefix(WORKER_KEY_PREFIX),
                host=fields.get("host", ""),
                content_version=fields.get("content_version", ""),
                same_content=fields.get("content_version") == version,
                concurrency=int(_number(fields, "concurrency")),
                isolation=fields.get("isolation", ""),
                jobs_done=int(_number(fields, "jobs_done")),
                jobs_failed=int(_number(fields, "jobs_failed")),
                jobs_refused=int(_number(fields, "jobs_refused")),
                jobs_running=int(_number(fields, "jobs_running")),
                seen_seconds_ago=round(max(0.0, now - _number(fields, "seen_at")), 1),
                up_seconds=round(max(0.0, now - _number(fields, "started_at")), 1),
            )
        )
    oldest = counts.oldest_queued
    return HealthOut(
        content_version=version,
        queues=queues,
        queued=counts.queued,
        running=counts.running,
        done_last_hour=counts.done_last_hour,
        failed_last_hour=counts.failed_last_hour,
        oldest_queued_seconds=(
            round((datetime.now(UTC) - oldest).total_seconds(), 1) if oldest else None
        ),
        workers=sorted(workers, key=lambda w: w.name),
    )
