"""``loading_order`` sorts by ``(priority, weight)`` with ``reverse=True`` to get the heaviest
first.

``reverse`` turns the whole tuple around, so the least urgent priority comes first too.
The visible tests catch it.
"""

from typing import Any

Shipment = dict[str, Any]


def by_priority(shipments: list[Shipment]) -> list[Shipment]:
    return sorted(shipments, key=lambda s: s["priority"])


def loading_order(shipments: list[Shipment]) -> list[Shipment]:
    return sorted(shipments, key=lambda s: (s["priority"], s["weight_kg"]), reverse=True)


def route_sheet(shipments: list[Shipment]) -> list[Shipment]:
    newest_first = sorted(shipments, key=lambda s: s["created"], reverse=True)
    return sorted(newest_first, key=lambda s: s["city"])


def weight_extremes(shipments: list[Shipment]) -> tuple[str, str] | None:
    if not shipments:
        return None
    heaviest = max(shipments, key=lambda s: s["weight_kg"])
    lightest = min(shipments, key=lambda s: s["weight_kg"])
    return heaviest["id"], lightest["id"]
