"""Sealed cases for shipment-multikey-sorting: many ties on every key (so stability shows),
integer and float weights, cities with capitals and accents (plain string order), creation
times with shared days, the empty list and one shipment."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "shipment_multikey_sorting"

CITIES = ("Lyon", "Paris", "Brest", "brest", "Évry", "Zürich", "Aix", "Nice")
DAYS = ("2024-04-30", "2024-05-01", "2024-05-02", "2023-12-31")
TIMES = ("00:00", "07:15", "09:30", "11:00", "18:45", "23:59")
WEIGHTS = (0.5, 1, 3.0, 12.5, 12.5, 25, 40.0, 0.25, 1000)


def _shipments(rng: random.Random) -> list[dict[str, object]]:
    count = gen.size(rng, large=50)
    return [
        {
            "id": f"S{index}",
            "priority": gen.pick(rng, (1, 2, 2, 3)),
            "weight_kg": gen.pick(rng, WEIGHTS),
            "city": gen.pick(rng, CITIES),
            "created": f"{gen.pick(rng, DAYS)}T{gen.pick(rng, TIMES)}",
        }
        for index in rng.sample(range(1000), count)
    ]


def ordered(solution, function, shipments):  # type: ignore[no-untyped-def]
    """The ids in the returned order, and whether the given list is untouched."""
    given = list(shipments)
    result = getattr(solution, function)(given)
    return {"ids": [s["id"] for s in result], "input unchanged": given == shipments}


def cases(rng: random.Random) -> Iterator[Case]:
    for function, task in (("by_priority", 1), ("loading_order", 2), ("route_sheet", 3)):
        for _ in range(25):
            yield Case.probe(ordered, function, _shipments(rng), task=task, group=function)
    for _ in range(25):
        yield Case.call("weight_extremes", _shipments(rng), task=4)
