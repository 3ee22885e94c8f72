"""Product bundles: lists of prices (ints) and smaller bundles, nested to any depth."""

from typing import Any

Bundle = list[Any]  # prices (ints) and bundles, nested to any depth


def bundle_total(bundle: Bundle) -> int:
    """The sum of every price, at any depth."""
    total = 0
    for item in bundle:
        if isinstance(item, list):
            total += bundle_total(item)
        else:
            total += item
    return total


def flatten(bundle: Bundle) -> list[int]:
    """Every price, left to right, in one flat list."""
    prices: list[int] = []
    for item in bundle:
        if isinstance(item, list):
            prices.extend(flatten(item))
        else:
            prices.append(item)
    return prices


def nesting_depth(bundle: Bundle) -> int:
    """1 for a bundle without inner bundles, else 1 + the deepest inner bundle's depth."""
    deepest_inner = 0
    for item in bundle:
        if isinstance(item, list):
            deepest_inner = max(deepest_inner, nesting_depth(item))
    return deepest_inner + 1


def reprice(bundle: Bundle, old: int, new: int) -> Bundle:
    """A new bundle of the same shape with every price ``old`` replaced by ``new``."""
    result: Bundle = []
    for item in bundle:
        if isinstance(item, list):
            result.append(reprice(item, old, new))
        elif item == old:
            result.append(new)
        else:
            result.append(item)
    return result
