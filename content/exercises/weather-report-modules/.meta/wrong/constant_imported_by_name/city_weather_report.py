"""The report imports the constant with ``from celsius_fahrenheit import ABSOLUTE_ZERO_C``
instead of reading ``celsius_fahrenheit.ABSOLUTE_ZERO_C``.

``from ... import`` copies the value once, at import time: when the module's constant is
changed later, the report keeps the old one. The visible tests change it.
"""

import celsius_fahrenheit  # noqa: F401
from celsius_fahrenheit import ABSOLUTE_ZERO_C, to_fahrenheit


def report_line(city: str, celsius: float) -> str:
    return f"{city}: {celsius:.1f} °C / {to_fahrenheit(celsius):.1f} °F"


def is_possible(celsius: float) -> bool:
    return celsius >= ABSOLUTE_ZERO_C
