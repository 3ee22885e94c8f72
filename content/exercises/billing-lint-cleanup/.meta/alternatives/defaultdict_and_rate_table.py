"""Another clean version: a ``defaultdict`` for per-customer totals, a tax-rate lookup
table, a tuple default for the lines and ``[*lines]`` for the copy."""

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

logger = logging.getLogger("billing")

TAX_RATES: Mapping[str, str] = {"goods": "0.20", "shipping": "0.20"}


def line_total(line: Mapping[str, object]) -> Decimal:
    rate = TAX_RATES.get(str(line["kind"]))
    if rate is not None:
        rate = str(line.get("tax_rate", rate))
    amount = Decimal(str(line["unit_price"])) * int(str(line["qty"]))
    if rate is not None:
        amount += amount * Decimal(rate)
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def open_invoice(customer: str, lines: Iterable[dict[str, object]] = ()) -> dict[str, object]:
    return {"customer": customer, "lines": [*lines]}


def _lines(invoice: Mapping[str, object]) -> list[dict[str, object]]:
    lines = invoice["lines"]
    if not isinstance(lines, list):
        raise TypeError("an invoice's lines are a list")
    return lines


def add_line(invoice: Mapping[str, object], line: dict[str, object]) -> None:
    _lines(invoice).append(line)


def invoice_total(invoice: Mapping[str, object]) -> Decimal:
    total = Decimal(0)
    for line in _lines(invoice):
        total += line_total(line)
    return total


def kinds_used(invoice: Mapping[str, object]) -> list[str]:
    return sorted({str(line["kind"]) for line in _lines(invoice)})


def has_refund(invoice: Mapping[str, object]) -> bool:
    return any(int(str(line["qty"])) < 0 for line in reversed(_lines(invoice)))


def close_invoice(invoice: Mapping[str, object]) -> Decimal:
    customer = invoice["customer"]
    try:
        total = invoice_total(invoice)
    except (KeyError, ValueError, InvalidOperation) as exc:
        logger.exception("cannot close the invoice of %s", customer)
        message = f"the invoice of {customer} has a broken line"
        raise ValueError(message) from exc
    logger.info("closed the invoice of %s: %s", customer, total)
    return total


def totals_by_customer(invoices: Iterable[Mapping[str, object]]) -> dict[str, Decimal]:
    totals: defaultdict[str, Decimal] = defaultdict(Decimal)
    for invoice in invoices:
        totals[str(invoice["customer"])] += invoice_total(invoice)
    return dict(totals)
