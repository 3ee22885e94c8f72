"""``take`` turns the items into a list and slices it: ``list(items)[:n]``.

The first call returns the right items but reads the whole stream, so the caller's next
``take`` finds nothing left. The visible tests catch it.
"""

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def split_header(rows: Iterable[list[str]]) -> tuple[list[str] | None, list[list[str]]]:
    it = iter(rows)
    return next(it, None), list(it)


def take(items: Iterable[T], n: int) -> list[T]:
    return list(items)[:n]


def pairs_to_dict(tokens: Iterable[str]) -> dict[str, str]:
    it = iter(tokens)
    settings: dict[str, str] = {}
    for key in it:
        value = next(it, None)
        if value is not None:
            settings[key] = value
    return settings
