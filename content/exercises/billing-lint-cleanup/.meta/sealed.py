"""Sealed cases for billing-lint-cleanup: totals of every kind of line, copies of the
caller's lines, and the log records closing an invoice leaves (levels, templates, args)."""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "billing_lint_cleanup"

KINDS = ("goods", "shipping", "service", "fee")
PRICES = ("0", "0.005", "0.125", "1", "9.99", "10.00", "19.995", "250.5", "1234.565")
RATES = ("0", "0.05", "0.07", "0.2", "0.255")


def _line(rng: random.Random) -> dict[str, object]:
    line: dict[str, object] = {
        "kind": gen.pick(rng, KINDS),
        "qty": rng.randint(-3, 12),
        "unit_price": gen.pick(rng, PRICES),
    }
    if gen.chance(rng, 0.3):
        line["tax_rate"] = gen.pick(rng, RATES)
    return line


def _lines(rng: random.Random) -> list[dict[str, object]]:
    return [_line(rng) for _ in range(gen.size(rng, large=20))]


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.seen: list[dict[str, object]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append(
            {
                "level": record.levelname,
                "template": str(record.msg),
                "args": [str(arg) for arg in record.args or ()],
                "traceback": record.exc_info is not None,
            }
        )


def close(solution, customer, lines):  # type: ignore[no-untyped-def]
    """The total (or the exception) and every record the billing logger received."""
    logger = logging.getLogger("billing")
    handler = _Records()
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.DEBUG)
    try:
        try:
            outcome: object = str(solution.close_invoice(solution.open_invoice(customer, lines)))
        except ValueError as exc:
            outcome = f"ValueError mentioning the customer: {customer in str(exc)}"
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return {"outcome": outcome, "records": handler.seen}


def copies(solution, lines, extra):  # type: ignore[no-untyped-def]
    """Invoices opened with and without lines stay independent of each other and of the
    caller's list."""
    given = list(lines)
    first = solution.open_invoice("a", given)
    second = solution.open_invoice("b")
    solution.add_line(first, extra)
    solution.add_line(second, extra)
    third = solution.open_invoice("c")
    return {
        "given": given,
        "first": first["lines"],
        "second": second["lines"],
        "third": third["lines"],
    }


def summary(solution, lines):  # type: ignore[no-untyped-def]
    invoice = solution.open_invoice("x", lines)
    return {
        "total": str(solution.invoice_total(invoice)),
        "kinds": solution.kinds_used(invoice),
        "refund": solution.has_refund(invoice),
    }


def by_customer(solution, invoices):  # type: ignore[no-untyped-def]
    opened = [solution.open_invoice(customer, lines) for customer, lines in invoices]
    return [
        (customer, str(total)) for customer, total in solution.totals_by_customer(opened).items()
    ]


def cases(rng: random.Random) -> Iterator[Case]:
    """About 140 cases per seed."""
    for _ in range(50):
        yield Case.call("line_total", _line(rng), task=1)
    for _ in range(10):
        yield Case.probe(copies, _lines(rng), _line(rng), task=2)
    for _ in range(30):
        yield Case.probe(summary, _lines(rng), task=3)
    for _ in range(8):  # nothing negative, some zero quantities: not a refund
        lines = [{**_line(rng), "qty": rng.randint(0, 2)} for _ in range(rng.randint(0, 4))]
        lines.insert(rng.randint(0, len(lines)), {**_line(rng), "qty": 0})
        yield Case.probe(summary, lines, task=3)
    customers = ("acme", "globex", "initech", "umbrella")
    for _ in range(30):
        lines = _lines(rng)
        if gen.chance(rng, 0.25):
            lines.insert(
                rng.randint(0, len(lines)), {"kind": "goods", "qty": 1, "unit_price": "n/a"}
            )
        yield Case.probe(close, gen.pick(rng, customers), lines, task=4)
    for _ in range(20):
        invoices = [(gen.pick(rng, customers), _lines(rng)) for _ in range(gen.size(rng, large=15))]
        yield Case.probe(by_customer, invoices, task=5)
