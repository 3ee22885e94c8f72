"""Report lines for cities, built on the celsius_fahrenheit module."""

import celsius_fahrenheit
from celsius_fahrenheit import to_fahrenheit


def report_line(city: str, celsius: float) -> str:
    """``'<city>: <celsius> °C / <fahrenheit> °F'`` with one decimal each."""
    return f"{city}: {celsius:.1f} °C / {to_fahrenheit(celsius):.1f} °F"


def is_possible(celsius: float) -> bool:
    """Whether ``celsius`` is at or above absolute zero."""
    return celsius >= celsius_fahrenheit.ABSOLUTE_ZERO_C
