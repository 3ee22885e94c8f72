"""Tests for shipping_quote.py: write yours here (see the instructions)."""

from decimal import Decimal

from shipping_quote import Parcel, quote


def test_a_small_parcel_at_home():
    assert quote(Parcel(Decimal("1.2"), 30), "DE") == Decimal("4.90")
