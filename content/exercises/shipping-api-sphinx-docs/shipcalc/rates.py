"""Prices of parcels by weight, size and zone."""

from dataclasses import dataclass
from decimal import Decimal

BASE_PRICE = {1: Decimal("4.90"), 2: Decimal("9.50"), 3: Decimal("13.90"), 4: Decimal("29.00")}
PER_KG = Decimal("0.80")
EXPRESS_FACTOR = Decimal("1.5")


@dataclass(frozen=True)
class Parcel:
    """A parcel ready to ship.

    Parameters
    ----------
    weight_kg : Decimal
        Gross weight in kilograms.
    longest_side_cm : int
        Its longest side in centimetres; above 120 it ships as bulky goods.
    """

    weight_kg: Decimal
    longest_side_cm: int

    @property
    def bulky(self) -> bool:
        """Whether the parcel ships as bulky goods (longest side above 120 cm)."""
        return self.longest_side_cm > 120


def quote(parcel: Parcel, zone: int, *, express: bool = False) -> Decimal:
    """Price a parcel for a delivery zone.

    The zone's base price covers the first kilogram; every further started kilogram
    costs 0.80. Bulky parcels cost double, express delivery half as much again.

    Parameters
    ----------
    parcel : Parcel
        What is shipped.
    zone : int
        Delivery zone, as returned by :func:`shipcalc.zones.zone_for`.
    express : bool, default False
        Next-day delivery.

    Returns
    -------
    Decimal
        The price in euros, rounded to the cent.

    Raises
    ------
    ValueError
        If ``zone`` is not a zone the carrier serves.
    """
    if zone not in BASE_PRICE:
        raise ValueError(f"unknown zone {zone}")
    extra_kg = max(int(-(-parcel.weight_kg // 1)) - 1, 0)
    price = BASE_PRICE[zone] + PER_KG * extra_kg
    if parcel.bulky:
        price *= 2
    if express:
        price *= EXPRESS_FACTOR
    return price.quantize(Decimal("0.01"))
