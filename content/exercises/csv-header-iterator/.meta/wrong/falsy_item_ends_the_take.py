"""``take`` stops at the first falsy item (``if not item: break`` after
``next(it, None)``), as if the items had run out: an empty row, ``""``, ``0`` or ``False``
ends the take early (and is read and lost).

The visible tests take non-empty strings only and pass; the sealed set's falsy items catch
it."""

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def split_header(rows: Iterable[list[str]]) -> tuple[list[str] | None, list[list[str]]]:
    it = iter(rows)
    header = next(it, None)
    if header is None:
        return None, []
    return header, list(it)


def take(items: Iterable[T], n: int) -> list[T]:
    it = iter(items)
    result: list[T] = []
    while len(result) < n:
        item = next(it, None)
        if not item:
            break
        result.append(item)
    return result


def pairs_to_dict(tokens: Iterable[str]) -> dict[str, str]:
    it = iter(tokens)
    pairs = {}
    for key in it:
        value = next(it, None)
        if value is None:
            break
        pairs[key] = value
    return pairs
