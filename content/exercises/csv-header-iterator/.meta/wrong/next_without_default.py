"""``split_header`` calls ``next(it)`` without a default, and ``pairs_to_dict`` keeps a last
key with the value ``None``.

No rows at all make ``next`` raise ``StopIteration``; an odd number of tokens gives
``{'debug': None}``. The visible tests catch both.
"""

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def split_header(rows: Iterable[list[str]]) -> tuple[list[str] | None, list[list[str]]]:
    it = iter(rows)
    header = next(it)
    return header, list(it)


def take(items: Iterable[T], n: int) -> list[T]:
    it = iter(items)
    taken: list[T] = []
    for _ in range(n):
        for item in it:
            taken.append(item)
            break
    return taken


def pairs_to_dict(tokens: Iterable[str]) -> dict[str, str]:
    it = iter(tokens)
    settings: dict[str, str] = {}
    for key in it:
        settings[key] = next(it, None)  # type: ignore[assignment]
    return settings
