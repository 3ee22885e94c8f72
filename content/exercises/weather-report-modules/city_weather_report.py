"""Report lines for cities, built on the celsius_fahrenheit module."""

# Task 2: import the module celsius_fahrenheit, and to_fahrenheit from it, here.


def report_line(city: str, celsius: float) -> str:
    """``'<city>: <celsius> °C / <fahrenheit> °F'`` with one decimal each."""
    raise NotImplementedError("report_line")


def is_possible(celsius: float) -> bool:
    """Whether ``celsius`` is at or above absolute zero."""
    raise NotImplementedError("is_possible")
