"""Dispatch sheets of a warehouse: shipments sorted by one or several keys."""

from typing import Any

Shipment = dict[str, Any]


def by_priority(shipments: list[Shipment]) -> list[Shipment]:
    """The shipments by priority, most urgent (1) first."""
    raise NotImplementedError("by_priority")


def loading_order(shipments: list[Shipment]) -> list[Shipment]:
    """By priority, then heaviest first."""
    raise NotImplementedError("loading_order")


def route_sheet(shipments: list[Shipment]) -> list[Shipment]:
    """By city A to Z, then newest first."""
    raise NotImplementedError("route_sheet")


def weight_extremes(shipments: list[Shipment]) -> tuple[str, str] | None:
    """``(heaviest_id, lightest_id)``, the first among equals; ``None`` for no shipments."""
    raise NotImplementedError("weight_extremes")
