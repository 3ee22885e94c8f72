"""Shipping quotes: what a parcel costs to send, by zone, weight, size and service."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["EU", "FREE_SHIPPING_FROM", "Parcel", "quote", "zone_of"]

EU = frozenset({"AT", "BE", "ES", "FR", "IT", "NL", "PL"})
FREE_SHIPPING_FROM = Decimal("50.00")
_COUNTRY = re.compile(r"[A-Z]{2}")
_PRICES = {
    "domestic": (Decimal("4.90"), Decimal("7.90"), Decimal("14.90")),
    "eu": (Decimal("9.90"), Decimal("17.90"), Decimal("32.90")),
    "world": (Decimal("19.90"), Decimal("39.90"), Decimal("69.90")),
}
_EXPRESS = {"domestic": Decimal("12.00"), "eu": Decimal("12.00")}
_OVERSIZE = Decimal("25.00")


@dataclass(frozen=True)
class Parcel:
    """A parcel's weight in kilograms and its longest side in centimetres."""

    weight_kg: Decimal
    longest_side_cm: int


def zone_of(country: str) -> str:
    """``domestic`` for Germany, ``eu`` for the EU countries served, ``world`` otherwise."""
    if not _COUNTRY.fullmatch(country):
        raise ValueError(f"not a country code: {country!r}")
    if country == "DE":
        return "domestic"
    if country in EU:
        return "eu"
    return "world"


def quote(
    parcel: Parcel, country: str, *, express: bool = False, order_total: Decimal = Decimal(0)
) -> Decimal:
    """The price of sending ``parcel`` to ``country``, in euros."""
    zone = zone_of(country)
    if parcel.weight_kg <= 0:
        raise ValueError("a parcel weighs something")
    small, medium, large = _PRICES[zone]
    if parcel.weight_kg <= Decimal(2):
        price = small
    elif parcel.weight_kg <= Decimal(10):
        price = medium
    elif parcel.weight_kg <= Decimal("31.5"):
        price = large
    else:
        raise ValueError("too heavy: at most 31.5 kg")
    if express:
        if zone not in _EXPRESS:
            raise ValueError(f"no express service to {country}")
        price += _EXPRESS[zone]
    elif zone == "domestic" and order_total >= FREE_SHIPPING_FROM:
        price = Decimal(0)
    if parcel.longest_side_cm > 120:
        if zone == "world":
            raise ValueError(f"no oversize parcels to {country}")
        price += _OVERSIZE
    return price
