import re
from decimal import Decimal

from . import errors, models

NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?", re.ASCII)


def parse_line(text, line_no):
    text = text.strip()
    if text == "" or text[0] == "#":
        return None
    parts = re.split(r"\s*,\s*", text)
    if len(parts) != 3:
        raise errors.UsageError(line_no, f"expected 3 fields, got {len(parts)}")
    customer, metric, quantity = parts
    if customer == "":
        raise errors.UsageError(line_no, "missing customer")
    if metric not in models.RATES:
        raise errors.UsageError(line_no, f"unknown metric {metric!r}")
    if not NUMBER.fullmatch(quantity):
        raise errors.UsageError(line_no, f"bad quantity {quantity!r}")
    return models.Reading(customer=customer.lower(), metric=metric, quantity=Decimal(quantity))


def parse_lines(lines):
    parsed = (parse_line(text, number) for number, text in enumerate(lines, 1))
    return [reading for reading in parsed if reading]
