"""A clean version laid out differently: magic trailing commas keep collections
exploded one item a line, which the formatter respects."""

import csv
import io
from decimal import Decimal, InvalidOperation

HEADER = (
    "day",
    "store",
    "amount",
)


def parse_sales(text: str) -> list[tuple[str, str, Decimal]]:
    rows: list[tuple[str, str, Decimal]] = []
    for record in csv.DictReader(io.StringIO(text)):
        fields = [(record.get(name) or "").strip() for name in HEADER]
        if not all(fields):
            continue
        day, store, amount = fields
        try:
            value = Decimal(amount)
        except InvalidOperation:
            continue
        rows.append(
            (
                day,
                store,
                value,
            )
        )
    return rows


def daily_totals(rows: list[tuple[str, str, Decimal]]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for day, _store, amount in rows:
        totals[day] = totals.get(day, Decimal(0)) + amount
    return {day: totals[day] for day in sorted(totals)}


def render_report(totals: dict[str, Decimal]) -> str:
    if not totals:
        return "no sales\n"
    total = sum(totals.values(), Decimal(0))
    body = "".join(f"{day}  {amount:>12.2f}\n" for day, amount in totals.items())
    return body + f"{'total':<10}  {total:>12.2f}\n"
