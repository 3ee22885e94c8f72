"""The conversions written with the factor 1.8, the report line built with ``format()``,
and ``is_possible`` comparing the other way round."""

import celsius_fahrenheit
from celsius_fahrenheit import to_fahrenheit


def report_line(city: str, celsius: float) -> str:
    fahrenheit = to_fahrenheit(celsius)
    return city + ": " + format(celsius, ".1f") + " °C / " + format(fahrenheit, ".1f") + " °F"


def is_possible(celsius: float) -> bool:
    return not celsius < celsius_fahrenheit.ABSOLUTE_ZERO_C
