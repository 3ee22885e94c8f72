"""Sealed cases for sales-report-formatting: exports with blank, padded and broken fields,
negative and many-digit amounts, and the report rendered from them."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "sales_report_formatting"

DAYS = ("2024-05-01", "2024-05-02", "2024-05-03", "2023-12-31", "2024-02-29")
STORES = ("north", "south", "east", "web")
AMOUNTS = ("0", "3", "10.50", "-0.25", "1.005", "2.675", "99999.995", "0.125", "1e2", "7.")
BROKEN = ("", " ", "n/a", "1,5", "--1", "NaN?")


def _export(rng: random.Random) -> str:
    lines = ["day,store,amount"]
    for _ in range(gen.size(rng, large=30)):
        day, store = gen.pick(rng, DAYS), gen.pick(rng, STORES)
        amount = gen.pick(rng, AMOUNTS) if gen.chance(rng, 0.85) else gen.pick(rng, BROKEN)
        if gen.chance(rng, 0.1):
            day = ""
        if gen.chance(rng, 0.15):
            day, store = f" {day} ", f"{store}  "
        lines.append(f"{day},{store},{amount}")
    return "\n".join(lines) + gen.pick(rng, ("\n", "", "\r\n"))


def report(solution, text):  # type: ignore[no-untyped-def]
    rows = solution.parse_sales(text)
    totals = solution.daily_totals(rows)
    return {
        "rows": [(day, store, str(amount)) for day, store, amount in rows],
        "totals": [(day, str(amount)) for day, amount in totals.items()],
        "report": solution.render_report(totals),
    }


def cases(rng: random.Random) -> Iterator[Case]:
    """60 exports per seed, each parsed, totalled and rendered."""
    for _ in range(60):
        yield Case.probe(report, _export(rng), task=1)
