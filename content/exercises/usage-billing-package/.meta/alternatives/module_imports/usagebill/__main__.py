import argparse
import sys
from pathlib import Path

from . import __version__, errors, parsing, pricing, report


def currency_code(text):
    if len(text) == 3 and text.isascii() and text.isalpha() and text.isupper():
        return text
    raise argparse.ArgumentTypeError("expected a code such as EUR")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="usagebill")
    parser.add_argument("file")
    parser.add_argument("--customer")
    parser.add_argument("--currency", default="EUR", type=currency_code)
    parser.add_argument("--version", action="version", version="usagebill " + __version__)
    options = parser.parse_args(argv)
    try:
        text = Path(options.file).read_text(encoding="utf-8")
    except OSError:
        sys.stderr.write(f"usagebill: cannot read {options.file}\n")
        return 1
    try:
        readings = parsing.parse_lines(text.splitlines())
    except errors.UsageError as problem:
        sys.stderr.write(f"usagebill: {problem}\n")
        return 1
    if options.customer is not None:
        readings = [r for r in readings if r.customer == options.customer.lower()]
    sys.stdout.write(report.format_bill(pricing.price_readings(readings), options.currency) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
