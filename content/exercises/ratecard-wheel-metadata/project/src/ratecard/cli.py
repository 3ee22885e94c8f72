"""The ``ratecard`` command: price a usage CSV (``at,metric,quantity``) against a rate card."""

import argparse
import csv
import sys
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from ratecard import __version__
from ratecard.pricing import RateCard, UsageLine, price_usage

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Print one ``metric total`` line per metric, then the grand total; return the exit status."""
    parser = argparse.ArgumentParser(prog="ratecard", description=__doc__)
    parser.add_argument("--version", action="version", version=f"ratecard {__version__}")
    parser.add_argument("card", type=Path, help="the rate card (TOML)")
    parser.add_argument("usage", type=Path, help="the usage lines (CSV with a header)")
    arguments = parser.parse_args(argv)
    card = RateCard.from_toml(arguments.card.read_text(encoding="utf-8"))
    with arguments.usage.open(newline="", encoding="utf-8") as usage:
        lines = [
            UsageLine(datetime.fromisoformat(row["at"]), row["metric"], Decimal(row["quantity"]))
            for row in csv.DictReader(usage)
        ]
    totals = price_usage(card, lines)
    for metric, total in totals.items():
        sys.stdout.write(f"{metric} {total}\n")
    sys.stdout.write(f"total {sum(totals.values(), Decimal(0))}\n")
    return 0
