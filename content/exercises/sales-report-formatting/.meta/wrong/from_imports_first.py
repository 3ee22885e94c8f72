"""Sorts the imports alphabetically by module name, ``from`` imports mixed in.

isort (and ruff's ``I001``) put plain ``import x`` lines before ``from x import y`` lines
within a section by default; the order here is alphabetical across both. Only the import
check catches it."""

from collections import defaultdict
import csv
from decimal import Decimal, InvalidOperation
import io

HEADER = ("day", "store", "amount")


def parse_sales(text: str) -> list[tuple[str, str, Decimal]]:
    """The rows of ``text`` (a CSV with a ``day,store,amount`` header) as tuples.

    Rows with a missing field or an amount that is not a number are skipped.
    """
    rows: list[tuple[str, str, Decimal]] = []
    for record in csv.DictReader(io.StringIO(text)):
        day, store, amount = ((record.get(field) or "").strip() for field in HEADER)
        if not (day and store and amount):
            continue
        try:
            rows.append((day, store, Decimal(amount)))
        except InvalidOperation:
            continue
    return rows


def daily_totals(rows: list[tuple[str, str, Decimal]]) -> dict[str, Decimal]:
    """Total amount per day, days in ascending order."""
    totals: defaultdict[str, Decimal] = defaultdict(Decimal)
    for day, _store, amount in rows:
        totals[day] += amount
    return dict(sorted(totals.items()))


def render_report(totals: dict[str, Decimal]) -> str:
    """One line per day (the day, then the amount right-aligned on 12 characters with two
    decimals), then a ``total`` line; an empty report is ``"no sales\\n"``."""
    if not totals:
        return "no sales\n"
    lines = [f"{day}  {amount:>12.2f}" for day, amount in totals.items()]
    lines.append(f"{'total':<10}  {sum(totals.values(), Decimal(0)):>12.2f}")
    return "\n".join(lines) + "\n"
