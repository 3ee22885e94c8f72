"""Temperature conversions, shared by every program of the weather service."""

ABSOLUTE_ZERO_C = -273.15


def to_fahrenheit(celsius: float) -> float:
    """``celsius * 9 / 5 + 32``."""
    raise NotImplementedError("to_fahrenheit")


def to_celsius(fahrenheit: float) -> float:
    """``(fahrenheit - 32) * 5 / 9``."""
    raise NotImplementedError("to_celsius")
