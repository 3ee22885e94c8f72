"""``python -m usagebill FILE``: print the bill of a usage file."""

from __future__ import annotations

import argparse
import re
import sys

from . import __version__
from .errors import UsageError
from .parsing import parse_lines
from .pricing import price_readings
from .report import format_bill


def _currency(value: str) -> str:
    if re.fullmatch(r"[A-Z]{3}", value) is None:
        raise argparse.ArgumentTypeError(f"not a currency code: {value!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="usagebill", description="Print a usage bill.")
    parser.add_argument("file", help="usage file: customer,metric,quantity lines")
    parser.add_argument("--customer", help="bill only this customer")
    parser.add_argument("--currency", type=_currency, default="EUR", help="default: EUR")
    parser.add_argument("--version", action="version", version=f"usagebill {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        with open(args.file, encoding="utf-8") as handle:
            readings = parse_lines(handle)
    except OSError:
        print(f"usagebill: cannot read {args.file}", file=sys.stderr)
        return 1
    except UsageError as error:
        print(f"usagebill: {error}", file=sys.stderr)
        return 1
    if args.customer is not None:
        wanted = args.customer.lower()
        readings = [reading for reading in readings if reading.customer == wanted]
    print(format_bill(price_readings(readings), args.currency))
    return 0


sys.exit(main())
