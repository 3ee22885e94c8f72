"""Sealed cases for weather-report-modules: conversions of freezing, boiling, negative,
fractional and extreme temperatures in both directions; report lines for whole and half
degrees (so that rounding to one decimal is never a tie) and city names with unicode and
spaces; temperatures at, just above and just below absolute zero, also with the constant
changed in its module; and where the report's names come from."""

from __future__ import annotations

import importlib
import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "city_weather_report"

CITIES = ("Lyon", "Oslo", "São Paulo", "Reykjavík", "東京", "")


def conversion(solution, function, value):  # type: ignore[no-untyped-def]
    module = importlib.import_module("celsius_fahrenheit")
    return float(getattr(module, function)(value))


def imports(solution):  # type: ignore[no-untyped-def]
    module = importlib.import_module("celsius_fahrenheit")
    return {
        "module imported": getattr(solution, "celsius_fahrenheit", None) is module,
        "function imported": getattr(solution, "to_fahrenheit", None) is module.to_fahrenheit,
        "own copy of the constant": hasattr(solution, "ABSOLUTE_ZERO_C"),
        "constant": module.ABSOLUTE_ZERO_C,
    }


def possible(solution, celsius, limit):  # type: ignore[no-untyped-def]
    """``is_possible(celsius)`` with the module's constant set to ``limit`` (None: as is)."""
    module = importlib.import_module("celsius_fahrenheit")
    original = module.ABSOLUTE_ZERO_C
    if limit is not None:
        module.ABSOLUTE_ZERO_C = limit
    try:
        return solution.is_possible(celsius)
    finally:
        module.ABSOLUTE_ZERO_C = original


def cases(rng: random.Random) -> Iterator[Case]:
    values = (0, 100, -40, 37, 21.5, -273.15, 1e6, 0.1, -17.5, 451)
    for value in values:
        yield Case.probe(conversion, "to_fahrenheit", value, task=1)
        yield Case.probe(conversion, "to_celsius", value, task=1)
    for _ in range(15):
        yield Case.probe(conversion, "to_fahrenheit", rng.uniform(-300, 300), task=1)
        yield Case.probe(conversion, "to_celsius", rng.uniform(-500, 600), task=1)
    yield Case.probe(imports, task=2)
    for _ in range(30):
        celsius = rng.randint(-120, 120) / 2
        yield Case.call("report_line", gen.pick(rng, CITIES), celsius, task=3)
    for celsius in (-273.15, -273.16, -273.14, -300, 0, 25.5):
        yield Case.probe(possible, celsius, None, task=4)
    for celsius, limit in ((-1, 0.0), (0, 0.0), (-200, -100.0), (-50, -100.0)):
        yield Case.probe(possible, celsius, limit, task=4)
