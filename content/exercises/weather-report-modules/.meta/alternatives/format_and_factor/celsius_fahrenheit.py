"""The conversions with the factor 1.8 and its inverse written out, and the report built
with ``format()`` and a comparison turned around."""

ABSOLUTE_ZERO_C = -273.15


def to_fahrenheit(celsius: float) -> float:
    return 32 + 1.8 * celsius


def to_celsius(fahrenheit: float) -> float:
    return (fahrenheit - 32) / 1.8
