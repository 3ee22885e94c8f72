"""Rewrites the refund loop as ``any(...)`` (SIM110) with the condition turned around.

``any(qty <= 0 ...)`` reads naturally but counts a zero-quantity line as a refund. Clean
for ruff; the sealed cases (lines with quantity 0) catch it, the visible tests do not."""

import logging
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

logger = logging.getLogger("billing")

TAXED_KINDS = ("goods", "shipping")
DEFAULT_TAX_RATE = "0.20"
CENT = Decimal("0.01")

Line = dict[str, object]
Invoice = dict[str, object]


def _round_cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def line_total(line: Line) -> Decimal:
    """Quantity times unit price, plus tax for taxed kinds, rounded half up to cents."""
    kind = line["kind"]
    amount = Decimal(str(line["unit_price"])) * int(str(line["qty"]))
    if kind in TAXED_KINDS:
        amount *= 1 + Decimal(str(line.get("tax_rate", DEFAULT_TAX_RATE)))
    return _round_cents(amount)


def open_invoice(customer: str, lines: Iterable[Line] = ()) -> Invoice:
    """A new invoice holding its own copy of ``lines``."""
    return {"customer": customer, "lines": list(lines)}


def _lines(invoice: Invoice) -> list[Line]:
    lines = invoice["lines"]
    assert isinstance(lines, list)
    return lines


def add_line(invoice: Invoice, line: Line) -> None:
    _lines(invoice).append(line)


def invoice_total(invoice: Invoice) -> Decimal:
    return sum((line_total(line) for line in _lines(invoice)), Decimal(0))


def kinds_used(invoice: Invoice) -> list[str]:
    """The distinct kinds of the invoice's lines, sorted."""
    return sorted({str(line["kind"]) for line in _lines(invoice)})


def has_refund(invoice: Invoice) -> bool:
    """Whether a line has a negative quantity."""
    return any(int(str(line["qty"])) <= 0 for line in _lines(invoice))


def close_invoice(invoice: Invoice) -> Decimal:
    """The invoice's total, logged at INFO; a line that cannot be totalled is logged with
    its traceback at ERROR and raised as ``ValueError``."""
    customer = invoice["customer"]
    try:
        total = invoice_total(invoice)
    except (KeyError, ValueError, InvalidOperation) as exc:
        logger.exception("cannot close the invoice of %s", customer)
        raise ValueError(f"the invoice of {customer} has a broken line") from exc
    logger.info("closed the invoice of %s: %s", customer, total)
    return total


def totals_by_customer(invoices: Iterable[Invoice]) -> dict[str, Decimal]:
    """Each customer's total over their invoices, in order of first appearance."""
    totals: dict[str, Decimal] = {}
    for invoice in invoices:
        customer = str(invoice["customer"])
        totals[customer] = totals.get(customer, Decimal(0)) + invoice_total(invoice)
    return totals
