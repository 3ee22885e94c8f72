"""A job-queue entry point whose type hints are enforced at call time by beartype."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

QueueName = str  # TODO: Annotated[str, Is[...]]
Priority = int  # TODO
Tags = list[str]  # TODO


@dataclass(frozen=True)
class Job:
    queue: str
    payload: dict[str, object]
    priority: int
    tags: tuple[str, ...]


def enqueue(
    queue: QueueName,
    payload: Mapping[str, object],
    *,
    priority: Priority = 5,
    tags: Tags | None = None,
) -> Job:
    raise NotImplementedError("implement enqueue")


def retry_delays(base_seconds: float, attempts: int) -> list[float]:
    raise NotImplementedError("implement retry_delays")
