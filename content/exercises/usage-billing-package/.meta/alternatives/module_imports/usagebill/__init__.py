"""Imports sibling modules as modules (``from . import models``) and names them explicitly.

``__init__`` re-exports with ``import ... as`` aliases, ``parse_line`` splits with a regex,
``pricing`` uses a defaultdict, ``__main__`` reads the file with ``pathlib``.
"""

from .errors import UsageError as UsageError
from .models import RATES as RATES
from .models import Reading as Reading
from .parsing import parse_line as parse_line
from .pricing import price_readings as price_readings
from .report import format_bill as format_bill

__version__ = "2.1.0"
__all__ = sorted(["parse_line", "price_readings", "format_bill", "Reading", "RATES", "UsageError"])
