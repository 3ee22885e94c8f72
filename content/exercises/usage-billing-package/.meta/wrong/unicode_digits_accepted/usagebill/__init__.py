r"""Checks quantities with ``\d+(\.\d+)?``, which accepts any Unicode digit.

``re``'s ``\d`` matches fullwidth and Arabic-Indic digits, and ``Decimal`` converts them,
so a line pasted from a spreadsheet in another locale (fullwidth digits) is billed
instead of refused as the instructions require (ASCII digits only). The visible tests use
ASCII text only.

usagebill: turn metered usage files into customer bills.

The public API is re-exported here; ``python -m usagebill`` runs the command line.
"""

from __future__ import annotations

from .errors import UsageError
from .models import RATES, Reading
from .parsing import parse_line
from .pricing import price_readings
from .report import format_bill

__all__ = ["RATES", "Reading", "UsageError", "format_bill", "parse_line", "price_readings"]
__version__ = "2.1.0"
