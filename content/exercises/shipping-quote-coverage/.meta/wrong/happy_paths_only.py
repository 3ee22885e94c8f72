"""Prices are checked carefully, limits included, but never a refusal: no test expects a
``ValueError``.  The lines that raise never run, so the coverage stays under 100%, and an
oversize parcel to the US being charged instead of refused passes.

``pytest.raises(ValueError, match=...)`` tests a refusal as precisely as an ``assert`` tests
a price.  The visible tests alone catch none of these bugs.
"""

from decimal import Decimal

import pytest

from shipping_quote import Parcel, quote


def parcel(weight, side=40):
    return Parcel(Decimal(weight), side)


@pytest.mark.parametrize(
    ("weight", "domestic", "eu", "world"),
    [
        ("2", "4.90", "9.90", "19.90"),
        ("2.01", "7.90", "17.90", "39.90"),
        ("10", "7.90", "17.90", "39.90"),
        ("31.5", "14.90", "32.90", "69.90"),
    ],
)
def test_tiers(weight, domestic, eu, world):
    assert quote(parcel(weight), "DE") == Decimal(domestic)
    assert quote(parcel(weight), "BE") == Decimal(eu)
    assert quote(parcel(weight), "BR") == Decimal(world)


def test_express():
    assert quote(parcel("1"), "DE", express=True) == Decimal("16.90")
    assert quote(parcel("1"), "ES", express=True) == Decimal("39.90")


def test_free_shipping():
    assert quote(parcel("1"), "DE", order_total=Decimal("50")) == Decimal(0)


def test_free_shipping_and_express():
    assert quote(parcel("1"), "DE", express=True, order_total=Decimal("50")) == Decimal("16.90")


def test_free_shipping_and_oversize():
    assert quote(parcel("1", 121), "DE", order_total=Decimal("50")) == Decimal("25.00")


def test_oversize():
    assert quote(parcel("1", 121), "FR") == Decimal("34.90")
