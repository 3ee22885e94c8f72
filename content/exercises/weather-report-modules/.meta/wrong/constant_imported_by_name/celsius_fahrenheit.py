"""Temperature conversions, shared by every program of the weather service."""

ABSOLUTE_ZERO_C = -273.15


def to_fahrenheit(celsius: float) -> float:
    """``celsius * 9 / 5 + 32``."""
    return celsius * 9 / 5 + 32


def to_celsius(fahrenheit: float) -> float:
    """``(fahrenheit - 32) * 5 / 9``."""
    return (fahrenheit - 32) * 5 / 9
