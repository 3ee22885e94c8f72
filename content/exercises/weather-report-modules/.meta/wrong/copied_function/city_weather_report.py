"""The report copies ``to_fahrenheit`` and the constant into its own module instead of
importing them.

The results are right today, but there are now two conversions to keep in step, and a fix
in ``celsius_fahrenheit`` never reaches the report. The visible tests check where the names
come from.
"""

ABSOLUTE_ZERO_C = -273.15


def to_fahrenheit(celsius: float) -> float:
    return celsius * 9 / 5 + 32


def report_line(city: str, celsius: float) -> str:
    return f"{city}: {celsius:.1f} °C / {to_fahrenheit(celsius):.1f} °F"


def is_possible(celsius: float) -> bool:
    return celsius >= ABSOLUTE_ZERO_C
