"""Tests for shipping_quote.py as one table of cases: each row is a parcel, a destination,
the options, and the price or the refusal expected."""

from decimal import Decimal

import pytest

from shipping_quote import Parcel, quote

REFUSED = None

CASES = [
    # weight, side, country, express, order total, expected price (None: ValueError)
    ("2.00", 10, "DE", False, "0", "4.90"),
    ("2.001", 10, "DE", False, "0", "7.90"),
    ("10.0", 10, "DE", False, "0", "7.90"),
    ("10.001", 10, "AT", False, "0", "32.90"),
    ("31.50", 10, "AT", False, "0", "32.90"),
    ("31.501", 10, "AT", False, "0", REFUSED),
    ("0.00", 10, "AT", False, "0", REFUSED),
    ("1", 10, "Deutschland", False, "0", REFUSED),
    ("1", 10, "AU", False, "0", "19.90"),
    ("1", 10, "AU", True, "0", REFUSED),
    ("1", 200, "AU", False, "0", REFUSED),
    ("1", 10, "DE", True, "0", "16.90"),
    ("1", 10, "NL", True, "0", "39.90"),
    ("1", 10, "DE", True, "100", "16.90"),
    ("1", 10, "DE", False, "100", "0"),
    ("1", 10, "NL", False, "100", "9.90"),
    ("1", 150, "DE", False, "100", "25.00"),
    ("1", 150, "DE", True, "0", "41.90"),
    ("1", 150, "BE", False, "0", "34.90"),
]


@pytest.mark.parametrize(("weight", "side", "country", "express", "total", "expected"), CASES)
def test_quote(weight, side, country, express, total, expected):
    shipment = Parcel(Decimal(weight), side)
    if expected is REFUSED:
        with pytest.raises(ValueError):
            quote(shipment, country, express=express, order_total=Decimal(total))
    else:
        price = quote(shipment, country, express=express, order_total=Decimal(total))
        assert price == Decimal(expected)


def test_free_from_exactly_fifty():
    assert quote(Parcel(Decimal(3), 50), "DE", order_total=Decimal("50.00")) == 0


def test_below_fifty_is_paid():
    assert quote(Parcel(Decimal(3), 50), "DE", order_total=Decimal("49.99")) == Decimal("7.90")


def test_zone_of_is_used_for_codes_outside_the_list():
    assert quote(Parcel(Decimal(3), 50), "ZZ") == Decimal("39.90")


def test_prices_are_decimals():
    assert isinstance(quote(Parcel(Decimal(3), 50), "DE"), Decimal)


def test_a_heavy_parcel_message():
    with pytest.raises(ValueError, match="31.5"):
        quote(Parcel(Decimal(32), 50), "DE")
