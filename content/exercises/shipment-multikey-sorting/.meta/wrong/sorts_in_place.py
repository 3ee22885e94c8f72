"""``by_priority`` and ``route_sheet`` sort the given list in place with ``list.sort``.

The result is in the right order, but the caller's list has been reordered behind their
back. The visible tests catch it for ``by_priority``.
"""

from typing import Any

Shipment = dict[str, Any]


def by_priority(shipments: list[Shipment]) -> list[Shipment]:
    shipments.sort(key=lambda s: s["priority"])
    return shipments


def loading_order(shipments: list[Shipment]) -> list[Shipment]:
    return sorted(shipments, key=lambda s: (s["priority"], -s["weight_kg"]))


def route_sheet(shipments: list[Shipment]) -> list[Shipment]:
    shipments.sort(key=lambda s: s["created"], reverse=True)
    shipments.sort(key=lambda s: s["city"])
    return shipments


def weight_extremes(shipments: list[Shipment]) -> tuple[str, str] | None:
    if not shipments:
        return None
    heaviest = max(shipments, key=lambda s: s["weight_kg"])
    lightest = min(shipments, key=lambda s: s["weight_kg"])
    return heaviest["id"], lightest["id"]
