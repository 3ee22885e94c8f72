"""Imports ``main`` from ``.__main__`` in ``__init__.py`` to offer ``usagebill.main()``.

Every library that imports ``usagebill`` now loads the command line (argparse and all),
and ``python -m usagebill`` warns that ``usagebill.__main__`` was imported before it ran.
The version has to move above the imports to dodge the circular import this creates. The
visible tests look at what importing the package loads.
"""

from __future__ import annotations

__version__ = "2.1.0"

from .__main__ import main
from .errors import UsageError
from .models import RATES, Reading
from .parsing import parse_line
from .pricing import price_readings
from .report import format_bill

__all__ = ["RATES", "Reading", "UsageError", "format_bill", "parse_line", "price_readings"]
_ = main
