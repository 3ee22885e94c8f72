"""Tests for shipping_quote.py: every branch taken, every boundary on both sides."""

from decimal import Decimal

import pytest

from shipping_quote import Parcel, quote, zone_of


def parcel(weight, side=40):
    return Parcel(Decimal(weight), side)


@pytest.mark.parametrize(
    ("country", "zone"),
    [("DE", "domestic"), ("FR", "eu"), ("PL", "eu"), ("US", "world"), ("CH", "world")],
)
def test_zones(country, zone):
    assert zone_of(country) == zone


@pytest.mark.parametrize("country", ["de", "DEU", "", "D1"])
def test_a_bad_country_code_is_refused(country):
    with pytest.raises(ValueError, match="not a country code"):
        quote(parcel("1"), country)


@pytest.mark.parametrize(
    ("weight", "domestic", "eu", "world"),
    [
        ("0.1", "4.90", "9.90", "19.90"),
        ("2", "4.90", "9.90", "19.90"),
        ("2.01", "7.90", "17.90", "39.90"),
        ("10", "7.90", "17.90", "39.90"),
        ("10.5", "14.90", "32.90", "69.90"),
        ("31.5", "14.90", "32.90", "69.90"),
    ],
)
def test_weight_tiers_on_both_sides_of_each_limit(weight, domestic, eu, world):
    assert quote(parcel(weight), "DE") == Decimal(domestic)
    assert quote(parcel(weight), "NL") == Decimal(eu)
    assert quote(parcel(weight), "JP") == Decimal(world)


@pytest.mark.parametrize(
    ("weight", "message"), [("0", "weighs"), ("-1", "weighs"), ("31.6", "heavy")]
)
def test_impossible_weights(weight, message):
    with pytest.raises(ValueError, match=message):
        quote(parcel(weight), "DE")


def test_express_prices_by_zone():
    assert quote(parcel("1"), "DE", express=True) == Decimal("16.90")
    assert quote(parcel("1"), "IT", express=True) == Decimal("39.90")


def test_no_express_outside_europe():
    with pytest.raises(ValueError, match="no express service to US"):
        quote(parcel("1"), "US", express=True)


def test_free_shipping_from_fifty_euros_at_home():
    assert quote(parcel("5"), "DE", order_total=Decimal("49.99")) == Decimal("7.90")
    assert quote(parcel("5"), "DE", order_total=Decimal("50.00")) == Decimal(0)
    assert quote(parcel("5"), "FR", order_total=Decimal("80")) == Decimal("17.90")


def test_free_shipping_does_not_cover_express():
    assert quote(parcel("5"), "DE", express=True, order_total=Decimal("80")) == Decimal("19.90")


def test_the_oversize_surcharge():
    assert quote(parcel("1", 120), "DE") == Decimal("4.90")
    assert quote(parcel("1", 121), "DE") == Decimal("29.90")
    assert quote(parcel("1", 121), "AT") == Decimal("34.90")


def test_free_shipping_does_not_cover_the_surcharge():
    assert quote(parcel("1", 130), "DE", order_total=Decimal("60")) == Decimal("25.00")


def test_no_oversize_parcels_outside_europe():
    assert quote(parcel("1", 120), "US") == Decimal("19.90")
    with pytest.raises(ValueError, match="no oversize parcels to US"):
        quote(parcel("1", 121), "US")
