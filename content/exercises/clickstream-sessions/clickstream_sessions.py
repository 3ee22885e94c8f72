"""Clickstream sessions, landing pages and page transitions with more-itertools."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

Event = tuple[str, int, str]


class Session(NamedTuple):
    user: str
    start: int
    end: int
    pages: tuple[str, ...]


def sessionize(events: Iterable[Event], gap: int = 1800) -> list[Session]:
    raise NotImplementedError("implement sessionize")


def landing_pages(sessions: Iterable[Session], n: int) -> list[tuple[str, int]]:
    raise NotImplementedError("implement landing_pages")


def transitions(sessions: Iterable[Session]) -> dict[tuple[str, str], int]:
    raise NotImplementedError("implement transitions")
