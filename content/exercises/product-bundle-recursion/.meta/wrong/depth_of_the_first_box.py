"""``nesting_depth`` returns inside the loop, at the first inner bundle it meets.

A later, deeper bundle is never looked at: ``[[5], [[7]]]`` gets depth 2 instead of 3.
The visible tests catch it.
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
    for item in bundle:
        if isinstance(item, list):
            return 1 + nesting_depth(item)
    return 1


def reprice(bundle: Bundle, old: int, new: int) -> Bundle:
    result: Bundle = []
    for item in bundle:
        if isinstance(item, list):
            result.append(reprice(item, old, new))
        elif item == old:
            result.append(new)
        else:
            result.append(item)
    return result
