"""``is_possible`` uses ``>`` instead of ``>=``, and ``report_line`` rounds with ``round``.

Absolute zero itself is then called impossible, and ``round(-10, 1)`` is written ``-10``
instead of ``-10.0``. The visible tests catch both.
"""

import celsius_fahrenheit
from celsius_fahrenheit import to_fahrenheit


def report_line(city: str, celsius: float) -> str:
    return f"{city}: {round(celsius, 1)} °C / {round(to_fahrenheit(celsius), 1)} °F"


def is_possible(celsius: float) -> bool:
    return celsius > celsius_fahrenheit.ABSOLUTE_ZERO_C
