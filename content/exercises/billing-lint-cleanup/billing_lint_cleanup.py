"""Invoice totals for the billing service.

The code works, but the team's new lint configuration reports a screenful of findings.
Clean it up without changing what it does.
"""

import logging
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

logger = logging.getLogger("billing")

TAXED_KINDS = ("goods", "shipping")
DEFAULT_TAX_RATE = "0.20"
CENT = Decimal("0.01")


def _roundCents(value):
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def line_total(line):
    """Quantity times unit price, plus tax for taxed kinds, rounded half up to cents."""
    type = line["kind"]
    Amount = Decimal(str(line["unit_price"])) * int(line["qty"])
    if type in TAXED_KINDS:
        if "tax_rate" in line:
            Amount *= 1 + Decimal(str(line["tax_rate"]))
        else:
            Amount *= 1 + Decimal(DEFAULT_TAX_RATE)
    return _roundCents(Amount)


def open_invoice(customer, lines=[]):
    """A new invoice holding its own copy of ``lines``."""
    return {"customer": customer, "lines": list([line for line in lines])}


def add_line(invoice, line):
    invoice["lines"].append(line)


def invoice_total(invoice):
    sum = Decimal(0)
    for line in invoice["lines"]:
        sum += line_total(line)
    return sum


def kinds_used(invoice):
    """The distinct kinds of the invoice's lines, sorted."""
    return sorted(list(set([line["kind"] for line in invoice["lines"]])))


def has_refund(invoice):
    """Whether a line has a negative quantity."""
    for line in invoice["lines"]:
        if int(line["qty"]) < 0:
            return True
    return False


def close_invoice(invoice):
    """The invoice's total, logged at INFO; a line that cannot be totalled is logged with
    its traceback at ERROR and raised as ``ValueError``."""
    customer = invoice["customer"]
    try:
        total = invoice_total(invoice)
    except (KeyError, ValueError, InvalidOperation) as exc:
        logger.error(f"cannot close the invoice of {customer}", exc_info=True)
        raise ValueError(f"the invoice of {customer} has a broken line") from exc
    logger.info(f"closed the invoice of {customer}: {total}")
    return total


def totals_by_customer(invoices):
    """Each customer's total over their invoices, in order of first appearance."""
    totals = dict()
    for invoice in invoices:
        if invoice["customer"] in totals.keys():
            totals[invoice["customer"]] += invoice_total(invoice)
        else:
            totals[invoice["customer"]] = invoice_total(invoice)
    return totals
