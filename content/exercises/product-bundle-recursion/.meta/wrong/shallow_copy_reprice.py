"""``reprice`` copies the outer list with ``list(bundle)`` and changes inner bundles in
place.

The result is right, but the inner lists are shared with the caller's bundle, so the
caller's nested prices change too. The visible tests catch it.
"""

from typing import Any

Bundle = list[Any]


def bundle_total(bundle: Bundle) -> int:
    total = 0
    for item in bundle:
        if isinstance(item, list):
            total += bundle_total(item)
        else:
            total += item
    return total


def flatten(bundle: Bundle) -> list[int]:
    prices: list[int] = []
    for item in bundle:
        if isinstance(item, list):
            prices.extend(flatten(item))
        else:
            prices.append(item)
    return prices


def nesting_depth(bundle: Bundle) -> int:
    deepest_inner = 0
    for item in bundle:
        if isinstance(item, list):
            deepest_inner = max(deepest_inner, nesting_depth(item))
    return deepest_inner + 1


def _reprice_in_place(bundle: Bundle, old: int, new: int) -> None:
    for index, item in enumerate(bundle):
        if isinstance(item, list):
            _reprice_in_place(item, old, new)
        elif item == old:
            bundle[index] = new


def reprice(bundle: Bundle, old: int, new: int) -> Bundle:
    result = list(bundle)
    _reprice_in_place(result, old, new)
    return result
