"""Thorough on zones, tiers, limits and refusals, with 100% coverage, but free shipping is
only tried on a plain parcel.  Free shipping that also waives the express fee or the
oversize surcharge passes: those are combinations of branches, and a line runs the same
whichever branch came before it.

Branch coverage (``coverage run --branch``, ``pytest --cov-branch``) would flag part of
this; thinking about how options combine flags the rest.  The visible tests alone catch
none of these bugs.
"""

from decimal import Decimal

import pytest

from shipping_quote import Parcel, quote


def parcel(weight, side=40):
    return Parcel(Decimal(weight), side)


@pytest.mark.parametrize(
    ("weight", "country", "price"),
    [
        ("2", "DE", "4.90"),
        ("2.01", "DE", "7.90"),
        ("10.01", "DE", "14.90"),
        ("31.5", "DE", "14.90"),
        ("2", "PL", "9.90"),
        ("10", "PL", "17.90"),
        ("31.5", "PL", "32.90"),
        ("2", "CA", "19.90"),
        ("10", "CA", "39.90"),
        ("31.5", "CA", "69.90"),
    ],
)
def test_prices(weight, country, price):
    assert quote(parcel(weight), country) == Decimal(price)


@pytest.mark.parametrize(
    ("weight", "side", "country", "express"),
    [
        ("1", 40, "Germany", False),
        ("0", 40, "DE", False),
        ("31.51", 40, "DE", False),
        ("1", 40, "CA", True),
        ("1", 121, "CA", False),
    ],
)
def test_refusals(weight, side, country, express):
    with pytest.raises(ValueError):
        quote(parcel(weight, side), country, express=express)


def test_express():
    assert quote(parcel("1"), "DE", express=True) == Decimal("16.90")
    assert quote(parcel("1"), "FR", express=True) == Decimal("39.90")


def test_free_shipping():
    assert quote(parcel("1"), "DE", order_total=Decimal("49.99")) == Decimal("4.90")
    assert quote(parcel("1"), "DE", order_total=Decimal("50")) == Decimal(0)


def test_oversize():
    assert quote(parcel("1", 121), "DE") == Decimal("29.90")
