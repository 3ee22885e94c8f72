"""``weight_extremes`` sorts by weight and takes both ends of the sorted list.

The lightest is right (the stable sort keeps the first of equals at the front), but the
heaviest is the *last* of the heaviest ones. The visible tests catch it.
"""

from typing import Any

Shipment = dict[str, Any]


def by_priority(shipments: list[Shipment]) -> list[Shipment]:
    return sorted(shipments, key=lambda s: s["priority"])


def loading_order(shipments: list[Shipment]) -> list[Shipment]:
    return sorted(shipments, key=lambda s: (s["priority"], -s["weight_kg"]))


def route_sheet(shipments: list[Shipment]) -> list[Shipment]:
    newest_first = sorted(shipments, key=lambda s: s["created"], reverse=True)
    return sorted(newest_first, key=lambda s: s["city"])


def weight_extremes(shipments: list[Shipment]) -> tuple[str, str] | None:
    if not shipments:
        return None
    by_weight = sorted(shipments, key=lambda s: s["weight_kg"])
    return by_weight[-1]["id"], by_weight[0]["id"]
