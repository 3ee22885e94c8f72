"""``flatten`` and ``bundle_total`` look one level inside a bundle but not deeper.

``prices.extend(item)`` spreads an inner bundle, but a bundle inside that one is added as
a list. Bundles two levels deep are common, so the visible tests catch it.
"""

from typing import Any

Bundle = list[Any]


def bundle_total(bundle: Bundle) -> int:
    return sum(flatten(bundle))


def flatten(bundle: Bundle) -> list[int]:
    prices: list[int] = []
    for item in bundle:
        if isinstance(item, list):
            prices.extend(item)
        else:
            prices.append(item)
    return prices


def nesting_depth(bundle: Bundle) -> int:
    inner = [nesting_depth(item) for item in bundle if isinstance(item, list)]
    return 1 + max(inner, default=0)


def reprice(bundle: Bundle, old: int, new: int) -> Bundle:
    return [
        reprice(item, old, new) if isinstance(item, list) else (new if item == old else item)
        for item in bundle
    ]
