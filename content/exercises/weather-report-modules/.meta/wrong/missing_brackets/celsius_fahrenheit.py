"""``to_celsius`` is written ``fahrenheit - 32 * 5 / 9``, without brackets.

Multiplication comes first, so it subtracts 17.8 from the Fahrenheit value instead of
converting it. The visible tests catch it.
"""

ABSOLUTE_ZERO_C = -273.15


def to_fahrenheit(celsius: float) -> float:
    return celsius * 9 / 5 + 32


def to_celsius(fahrenheit: float) -> float:
    return fahrenheit - 32 * 5 / 9
