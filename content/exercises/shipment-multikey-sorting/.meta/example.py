"""Dispatch sheets of a warehouse: shipments sorted by one or several keys."""

from typing import Any

Shipment = dict[str, Any]


def by_priority(shipments: list[Shipment]) -> list[Shipment]:
    """The shipments by priority, most urgent (1) first."""
    return sorted(shipments, key=lambda s: s["priority"])


def loading_order(shipments: list[Shipment]) -> list[Shipment]:
    """By priority, then heaviest first."""
    return sorted(shipments, key=lambda s: (s["priority"], -s["weight_kg"]))


def route_sheet(shipments: list[Shipment]) -> list[Shipment]:
    """By city A to Z, then newest first."""
    newest_first = sorted(shipments, key=lambda s: s["created"], reverse=True)
    return sorted(newest_first, key=lambda s: s["city"])


def weight_extremes(shipments: list[Shipment]) -> tuple[str, str] | None:
    """``(heaviest_id, lightest_id)``, the first among equals; ``None`` for no shipments."""
    if not shipments:
        return None
    heaviest = max(shipments, key=lambda s: s["weight_kg"])
    lightest = min(shipments, key=lambda s: s["weight_kg"])
    return heaviest["id"], lightest["id"]
