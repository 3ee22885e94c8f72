"""Every statement of the module runs (100% coverage), but each weight tier is tried with a
weight in its middle (1, 5 and 20 kg) and express only at home.  A 2 kg parcel charged the
next tier, a 31.5 kg parcel refused and the EU express fee all pass.

Coverage shows what never ran; it cannot show which inputs a line was never tried with.
Test each limit on both sides (2 and 2.01 kg, 31.5 and 31.6 kg) and each value of a table
you rely on.  The visible tests alone catch none of these bugs.
"""

from decimal import Decimal

import pytest

from shipping_quote import Parcel, quote, zone_of


def parcel(weight, side=40):
    return Parcel(Decimal(weight), side)


@pytest.mark.parametrize(("country", "zone"), [("DE", "domestic"), ("FR", "eu"), ("US", "world")])
def test_zones(country, zone):
    assert zone_of(country) == zone


def test_a_bad_country_code():
    with pytest.raises(ValueError):
        quote(parcel("1"), "de")


@pytest.mark.parametrize(("weight", "price"), [("1", "4.90"), ("5", "7.90"), ("20", "14.90")])
def test_domestic_tiers(weight, price):
    assert quote(parcel(weight), "DE") == Decimal(price)


def test_impossible_weights():
    with pytest.raises(ValueError):
        quote(parcel("0"), "DE")
    with pytest.raises(ValueError):
        quote(parcel("40"), "DE")


def test_express():
    assert quote(parcel("1"), "DE", express=True) == Decimal("16.90")
    with pytest.raises(ValueError):
        quote(parcel("1"), "US", express=True)


def test_free_shipping():
    assert quote(parcel("1"), "DE", order_total=Decimal("50")) == Decimal(0)
    assert quote(parcel("1", 130), "DE", order_total=Decimal("50")) == Decimal("25.00")
    assert quote(parcel("1"), "DE", express=True, order_total=Decimal("50")) == Decimal("16.90")


def test_oversize():
    assert quote(parcel("1", 130), "DE") == Decimal("29.90")
    with pytest.raises(ValueError):
        quote(parcel("1", 130), "US")
