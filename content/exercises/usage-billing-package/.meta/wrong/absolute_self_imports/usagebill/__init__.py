"""Imports its own modules absolutely: ``from usagebill.models import Reading``.

Everything works while the package is installed as ``usagebill``. Vendored or renamed
(``billing_copy``), its modules reach back into the original package: two ``Reading``
classes, errors that do not match, or an ImportError where no original exists. The
visible tests copy the package under another name.

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
