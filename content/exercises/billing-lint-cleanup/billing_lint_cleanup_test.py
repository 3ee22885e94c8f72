import logging
from decimal import Decimal

import pytest
from billing_lint_cleanup import (
    add_line,
    close_invoice,
    has_refund,
    invoice_total,
    kinds_used,
    line_total,
    open_invoice,
    totals_by_customer,
)

GOODS = {"kind": "goods", "qty": 2, "unit_price": "10.00"}
SERVICE = {"kind": "service", "qty": 1, "unit_price": "99.995"}
SHIPPING = {"kind": "shipping", "qty": 1, "unit_price": "5.00", "tax_rate": "0.05"}


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("line", "want"),
    [
        (GOODS, Decimal("24.00")),
        (SERVICE, Decimal("100.00")),
        (SHIPPING, Decimal("5.25")),
        ({"kind": "goods", "qty": -1, "unit_price": "0.125", "tax_rate": "0"}, Decimal("-0.13")),
    ],
    ids=["default-tax", "untaxed-half-up", "own-tax-rate", "refund-half-up"],
)
def test_line_total(line: dict[str, object], want: Decimal) -> None:
    assert line_total(line) == want


@pytest.mark.task(taskno=2)
def test_invoices_never_share_their_lines() -> None:
    first = open_invoice("acme")
    second = open_invoice("globex")
    add_line(first, GOODS)
    assert second["lines"] == [], "a new invoice starts empty, whatever happened before"
    given = [SERVICE]
    third = open_invoice("initech", given)
    add_line(third, GOODS)
    assert given == [SERVICE], "the caller's list is copied, never changed"


@pytest.mark.task(taskno=3)
def test_totals_kinds_and_refunds() -> None:
    invoice = open_invoice("acme", [GOODS, SERVICE, SHIPPING, GOODS])
    assert invoice_total(invoice) == Decimal("153.25")
    assert kinds_used(invoice) == ["goods", "service", "shipping"]
    assert not has_refund(invoice)
    add_line(invoice, {"kind": "goods", "qty": -1, "unit_price": "1"})
    assert has_refund(invoice)
    assert invoice_total(open_invoice("empty")) == Decimal(0)


@pytest.mark.task(taskno=4)
def test_closing_logs_the_total_with_lazy_arguments(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="billing"):
        assert close_invoice(open_invoice("acme", [GOODS])) == Decimal("24.00")
    [record] = caplog.records
    assert record.levelname == "INFO"
    assert record.getMessage() == "closed the invoice of acme: 24.00"
    assert record.args == ("acme", Decimal("24.00")), "values are passed as arguments"


@pytest.mark.task(taskno=4)
def test_a_broken_line_is_logged_with_its_traceback(caplog: pytest.LogCaptureFixture) -> None:
    broken = open_invoice("globex", [GOODS, {"kind": "goods", "qty": 1, "unit_price": "n/a"}])
    with caplog.at_level(logging.INFO, logger="billing"), pytest.raises(ValueError, match="globex"):
        close_invoice(broken)
    [record] = caplog.records
    assert record.levelname == "ERROR"
    assert record.getMessage() == "cannot close the invoice of globex"
    assert record.exc_info is not None, "logged with its traceback"


@pytest.mark.task(taskno=5)
def test_totals_by_customer_in_order_of_first_appearance() -> None:
    invoices = [
        open_invoice("globex", [SERVICE]),
        open_invoice("acme", [GOODS]),
        open_invoice("globex", [SHIPPING]),
    ]
    totals = totals_by_customer(invoices)
    assert list(totals.items()) == [("globex", Decimal("105.25")), ("acme", Decimal("24.00"))]
