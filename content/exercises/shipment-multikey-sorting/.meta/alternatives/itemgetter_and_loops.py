"""``operator.itemgetter`` keys, a route sheet grouped city by city, and one loop that finds
both weight extremes with strict comparisons (so the first among equals stays)."""

from operator import itemgetter
from typing import Any

Shipment = dict[str, Any]


def by_priority(shipments: list[Shipment]) -> list[Shipment]:
    return sorted(shipments, key=itemgetter("priority"))


def loading_order(shipments: list[Shipment]) -> list[Shipment]:
    heaviest_first = sorted(shipments, key=itemgetter("weight_kg"), reverse=True)
    return sorted(heaviest_first, key=itemgetter("priority"))


def route_sheet(shipments: list[Shipment]) -> list[Shipment]:
    sheet: list[Shipment] = []
    for city in sorted({s["city"] for s in shipments}):
        in_city = [s for s in shipments if s["city"] == city]
        sheet.extend(sorted(in_city, key=itemgetter("created"), reverse=True))
    return sheet


def weight_extremes(shipments: list[Shipment]) -> tuple[str, str] | None:
    if not shipments:
        return None
    heaviest = lightest = shipments[0]
    for s in shipments[1:]:
        if s["weight_kg"] > heaviest["weight_kg"]:
            heaviest = s
        if s["weight_kg"] < lightest["weight_kg"]:
            lightest = s
    return heaviest["id"], lightest["id"]
