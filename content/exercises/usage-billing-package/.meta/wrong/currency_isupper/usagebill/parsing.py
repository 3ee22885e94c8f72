"""Reading usage lines (middle layer: uses the models and the errors)."""

import re
from decimal import Decimal

from .errors import UsageError
from .models import RATES, Reading

_QUANTITY = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def parse_line(text, line_no):
    """One ``customer,metric,quantity`` line; ``None`` for a blank line or a comment."""
    line = text.strip()
    if not line or line.startswith("#"):
        return None
    fields = [field.strip() for field in line.split(",")]
    if len(fields) != 3:
        raise UsageError(line_no, f"expected 3 fields, got {len(fields)}")
    customer, metric, quantity = fields
    if not customer:
        raise UsageError(line_no, "missing customer")
    if metric not in RATES:
        raise UsageError(line_no, f"unknown metric {metric!r}")
    if not _QUANTITY.fullmatch(quantity):
        raise UsageError(line_no, f"bad quantity {quantity!r}")
    return Reading(customer.lower(), metric, Decimal(quantity))


def parse_lines(lines):
    """Every reading of ``lines`` (numbered from 1); the first bad line raises."""
    readings = []
    for line_no, text in enumerate(lines, start=1):
        reading = parse_line(text, line_no)
        if reading is not None:
            readings.append(reading)
    return readings
