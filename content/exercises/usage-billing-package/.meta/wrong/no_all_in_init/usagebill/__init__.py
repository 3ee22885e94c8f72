"""Re-exports the API in ``__init__.py`` but sets no ``__all__``.

``from usagebill import *`` then also brings in the submodules (``errors``, ``parsing``…)
and ``annotations`` from the ``__future__`` import, shadowing names in the importer's
namespace. The visible tests star-import the package.

usagebill: turn metered usage files into customer bills.

The public API is re-exported here; ``python -m usagebill`` runs the command line.
"""

from __future__ import annotations

from .errors import UsageError as UsageError
from .models import RATES as RATES
from .models import Reading as Reading
from .parsing import parse_line as parse_line
from .pricing import price_readings as price_readings
from .report import format_bill as format_bill

__version__ = "2.1.0"
