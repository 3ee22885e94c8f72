"""Shipping quotes for the checkout service: parcels, zones and prices."""

from shipcalc.rates import Parcel, quote
from shipcalc.zones import UnknownCountryError, zone_for

__all__ = ["Parcel", "UnknownCountryError", "quote", "zone_for"]
