"""Reading rows and tokens from iterators with ``iter`` and ``next``."""

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def split_header(rows: Iterable[list[str]]) -> tuple[list[str] | None, list[list[str]]]:
    """``(first row, the other rows)``; ``(None, [])`` for no rows."""
    raise NotImplementedError("split_header")


def take(items: Iterable[T], n: int) -> list[T]:
    """The next ``n`` items (fewer if they run out), reading no more than that."""
    raise NotImplementedError("take")


def pairs_to_dict(tokens: Iterable[str]) -> dict[str, str]:
    """Alternating keys and values as a dict; a last key without value is left out."""
    raise NotImplementedError("pairs_to_dict")
