"""Sealed cases for price-lookup: empty menus and large ones, names that differ only by
case or by a space, accented and non-Latin names, prices of zero, items looked up, added,
updated and removed, and a removal of a "name" that is really one of the prices."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "price_lookup"

NAMES = ("tea", "Tea", "TEA", "scone", "flat white", "flatwhite", "café crème", "cake",
         "matcha latte", "\u7d05\u8336", "bagel ", "")  # fmt: skip


def _menu(rng: random.Random) -> dict[str, float]:
    count = gen.pick(rng, (0, 1, 2, 3, 5, 8, len(NAMES)))
    return {name: gen.integer(rng, 0, 2000) / 100 for name in gen.some(rng, NAMES, count)}


def _item(rng: random.Random, menu: dict[str, float]) -> str:
    if menu and gen.chance(rng, 0.6):
        return gen.pick(rng, list(menu))
    return gen.pick(rng, NAMES)


def set_then_read(solution: Any, prices: dict[str, float], item: str, price: float) -> Any:
    """The value returned and the menu afterwards."""
    returned = solution.set_price(prices, item, price)
    return {"returned": returned, "menu": prices}


def remove_then_read(solution: Any, prices: dict[str, float], item: Any) -> Any:
    """The value returned and the menu afterwards."""
    returned = solution.remove_item(prices, item)
    return {"returned": returned, "menu": prices}


def cases(rng: random.Random) -> Iterator[Case]:
    """About 160 cases per seed."""
    for _ in range(30):
        menu = _menu(rng)
        if menu:
            yield Case.call("price_of", menu, gen.pick(rng, list(menu)), task=1)
    for _ in range(40):
        menu = _menu(rng)
        default = gen.pick(rng, (0.0, -1.0, 99.99, 0))
        yield Case.call("price_or_default", menu, _item(rng, menu), default, task=2)
    for _ in range(40):
        menu = _menu(rng)
        price = gen.integer(rng, 0, 2000) / 100
        yield Case.probe(set_then_read, menu, _item(rng, menu), price, task=3)
    for _ in range(40):
        menu = _menu(rng)
        yield Case.probe(remove_then_read, menu, _item(rng, menu), task=4)
    menu = {"tea": 2.5, "scone": 3.2}
    yield Case.probe(remove_then_read, menu, 2.5, task=4)
