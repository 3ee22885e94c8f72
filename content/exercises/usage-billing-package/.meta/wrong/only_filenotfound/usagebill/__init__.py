"""Catches only FileNotFoundError when it opens FILE.

A directory (IsADirectoryError) or a path through a file (NotADirectoryError) crash with a
traceback instead of 'usagebill: cannot read FILE' and status 1. The visible tests only
name a missing file; the sealed set names directories and paths through a file too.

usagebill: turn metered usage files into customer bills."""

from .errors import UsageError
from .models import RATES, Reading
from .parsing import parse_line
from .pricing import price_readings
from .report import format_bill

__version__ = "2.1.0"

__all__ = ["RATES", "Reading", "UsageError", "format_bill", "parse_line", "price_readings"]
