"""``route_sheet`` sorts by city first and by creation time second.

With two stable sorts, the **last** one decides the order; the first only breaks its ties.
Sorting by the primary key first leaves a sheet ordered by time only. The visible tests
catch it.
"""

from typing import Any

Shipment = dict[str, Any]


def by_priority(shipments: list[Shipment]) -> list[Shipment]:
    return sorted(shipments, key=lambda s: s["priority"])


def loading_order(shipments: list[Shipment]) -> list[Shipment]:
    return sorted(shipments, key=lambda s: (s["priority"], -s["weight_kg"]))


def route_sheet(shipments: list[Shipment]) -> list[Shipment]:
    by_city = sorted(shipments, key=lambda s: s["city"])
    return sorted(by_city, key=lambda s: s["created"], reverse=True)


def weight_extremes(shipments: list[Shipment]) -> tuple[str, str] | None:
    if not shipments:
        return None
    heaviest = max(shipments, key=lambda s: s["weight_kg"])
    lightest = min(shipments, key=lambda s: s["weight_kg"])
    return heaviest["id"], lightest["id"]
