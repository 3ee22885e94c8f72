"""Reading rows and tokens from iterators with ``iter`` and ``next``."""

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def split_header(rows: Iterable[list[str]]) -> tuple[list[str] | None, list[list[str]]]:
    """``(first row, the other rows)``; ``(None, [])`` for no rows."""
    it = iter(rows)
    header = next(it, None)
    return header, list(it)


def take(items: Iterable[T], n: int) -> list[T]:
    """The next ``n`` items (fewer if they run out), reading no more than that."""
    taken: list[T] = []
    if n <= 0:
        return taken
    for item in items:
        taken.append(item)
        if len(taken) == n:
            break
    return taken


def pairs_to_dict(tokens: Iterable[str]) -> dict[str, str]:
    """Alternating keys and values as a dict; a last key without value is left out."""
    it = iter(tokens)
    settings: dict[str, str] = {}
    for key in it:
        value = next(it, None)
        if value is not None:
            settings[key] = value
    return settings
