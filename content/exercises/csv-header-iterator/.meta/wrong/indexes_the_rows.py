"""``split_header`` takes ``rows[0]`` and ``rows[1:]``, as if the rows were always a list.

It works on lists, raises ``IndexError`` for no rows, and ``TypeError`` for a stream,
which cannot be indexed. The visible tests catch it.
"""

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def split_header(rows: Iterable[list[str]]) -> tuple[list[str] | None, list[list[str]]]:
    return rows[0], rows[1:]  # type: ignore[index]


def take(items: Iterable[T], n: int) -> list[T]:
    taken: list[T] = []
    if n <= 0:
        return taken
    for item in items:
        taken.append(item)
        if len(taken) == n:
            break
    return taken


def pairs_to_dict(tokens: Iterable[str]) -> dict[str, str]:
    it = iter(tokens)
    settings: dict[str, str] = {}
    for key in it:
        value = next(it, None)
        if value is not None:
            settings[key] = value
    return settings
