"""``python -m usagebill FILE``: print the bill of a usage file (task 3)."""

import argparse
import re
import sys

from . import __version__
from .errors import UsageError
from .parsing import parse_lines
from .pricing import price_readings
from .report import format_bill


def _currency(value):
    if not re.fullmatch(r"[A-Z]{3}", value):
        raise argparse.ArgumentTypeError(f"not a currency code: {value!r}")
    return value


def main(argv=None):
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(prog="usagebill", description="Print a usage bill.")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--customer")
    parser.add_argument("--currency", type=_currency, default="EUR")
    parser.add_argument("--version", action="version", version=f"usagebill {__version__}")
    args = parser.parse_args(argv)
    try:
        with open(args.file, encoding="utf-8") as fh:
            lines = list(fh)
    except (OSError, UnicodeDecodeError):
        print(f"usagebill: cannot read {args.file}", file=sys.stderr)
        return 1
    try:
        readings = parse_lines(lines)
    except UsageError as err:
        print(f"usagebill: {err}", file=sys.stderr)
        return 1
    if args.customer is not None:
        wanted = args.customer.lower()
        readings = [r for r in readings if r.customer == wanted]
    print(format_bill(price_readings(readings), args.currency))
    return 0


if __name__ == "__main__":
    sys.exit(main())
