"""``itertools.islice`` reads exactly ``n`` items; ``zip(it, it)`` pairs up tokens from one
iterator (it stops before a last key without value)."""

from collections.abc import Iterable
from itertools import islice
from typing import TypeVar

T = TypeVar("T")


def split_header(rows: Iterable[list[str]]) -> tuple[list[str] | None, list[list[str]]]:
    it = iter(rows)
    for header in it:
        return header, list(it)
    return None, []


def take(items: Iterable[T], n: int) -> list[T]:
    return list(islice(items, max(n, 0)))


def pairs_to_dict(tokens: Iterable[str]) -> dict[str, str]:
    it = iter(tokens)
    return dict(zip(it, it, strict=False))
