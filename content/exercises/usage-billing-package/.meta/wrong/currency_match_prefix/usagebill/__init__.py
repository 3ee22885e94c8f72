"""Checks --currency with re.match('[A-Z]{3}'), without an end anchor.

'EURO' and 'USDX' are accepted. The visible tests only try 'euro'; the sealed set runs the
command with every kind of bad currency.

usagebill: turn metered usage files into customer bills."""

from .errors import UsageError
from .models import RATES, Reading
from .parsing import parse_line
from .pricing import price_readings
from .report import format_bill

__version__ = "2.1.0"

__all__ = ["RATES", "Reading", "UsageError", "format_bill", "parse_line", "price_readings"]
