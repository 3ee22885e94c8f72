"""``flatten`` collects the prices in a list given as a default argument.

The default list is made once, so every call adds to what earlier calls collected: the
second ``flatten`` returns the first call's prices too. The visible tests catch it.
"""

from typing import Any

Bundle = list[Any]


def bundle_total(bundle: Bundle) -> int:
    total = 0
    for item in bundle:
        total += bundle_total(item) if isinstance(item, list) else item
    return total


def flatten(bundle: Bundle, prices: list[int] = []) -> list[int]:  # noqa: B006
    for item in bundle:
        if isinstance(item, list):
            flatten(item, prices)
        else:
            prices.append(item)
    return prices


def nesting_depth(bundle: Bundle) -> int:
    deepest = 0
    for item in bundle:
        if isinstance(item, list):
            deepest = max(deepest, nesting_depth(item))
    return deepest + 1


def reprice(bundle: Bundle, old: int, new: int) -> Bundle:
    result: Bundle = []
    for item in bundle:
        if isinstance(item, list):
            result.append(reprice(item, old, new))
        else:
            result.append(new if item == old else item)
    return result
