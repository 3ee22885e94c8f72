"""``take`` checks whether it has ``n`` items only after the loop has read the next one.

``for item in items: if len(taken) == n: break`` reads one item more than it returns, and
that item is lost for the caller. The visible tests catch it.
"""

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def split_header(rows: Iterable[list[str]]) -> tuple[list[str] | None, list[list[str]]]:
    it = iter(rows)
    header = next(it, None)
    data = list(it)
    return header, data


def take(items: Iterable[T], n: int) -> list[T]:
    taken: list[T] = []
    for item in items:
        if len(taken) == n:
            break
        taken.append(item)
    return taken


def pairs_to_dict(tokens: Iterable[str]) -> dict[str, str]:
    it = iter(tokens)
    settings: dict[str, str] = {}
    for key in it:
        value = next(it, None)
        if value is not None:
            settings[key] = value
    return settings
