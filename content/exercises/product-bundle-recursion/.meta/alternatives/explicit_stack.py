"""No recursion: an explicit stack of iterators walks the bundles depth-first, left to
right; depth is the largest stack height seen; ``reprice`` builds each new list as its
bundle is entered."""

from collections.abc import Iterator
from typing import Any

Bundle = list[Any]
_END = object()


def _walk(bundle: Bundle) -> Iterator[tuple[int, Any]]:
    """Every price and every inner bundle, left to right, with the stack height."""
    stack = [iter(bundle)]
    while stack:
        item = next(stack[-1], _END)
        if item is _END:
            stack.pop()
            continue
        yield len(stack), item
        if isinstance(item, list):
            stack.append(iter(item))


def bundle_total(bundle: Bundle) -> int:
    return sum(item for _, item in _walk(bundle) if not isinstance(item, list))


def flatten(bundle: Bundle) -> list[int]:
    return [item for _, item in _walk(bundle) if not isinstance(item, list)]


def nesting_depth(bundle: Bundle) -> int:
    return max((height + 1 for height, item in _walk(bundle) if isinstance(item, list)), default=1)


def reprice(bundle: Bundle, old: int, new: int) -> Bundle:
    result: Bundle = []
    stack = [(iter(bundle), result)]
    while stack:
        items, target = stack[-1]
        item = next(items, _END)
        if item is _END:
            stack.pop()
        elif isinstance(item, list):
            inner: Bundle = []
            target.append(inner)
            stack.append((iter(item), inner))
        else:
            target.append(new if item == old else item)
    return result
