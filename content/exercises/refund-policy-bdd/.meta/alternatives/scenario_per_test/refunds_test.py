"""Step definitions for refunds.feature, with ``cfparse``-style typed fields parsed by
``parsers.re`` and one ``@scenario`` test per scenario."""

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import pytest
from pytest_bdd import given, parsers, scenario, then, when

from refund_policy import Order, refund


@dataclass
class Case:
    details: dict = field(default_factory=dict)
    result: object = None


@pytest.fixture
def case():
    return Case()


@scenario("refunds.feature", "Standard window")
def test_standard_window():
    pass


@scenario("refunds.feature", "Gold window")
def test_gold_window():
    pass


@scenario("refunds.feature", "Fee with rounding")
def test_fee_with_rounding():
    pass


@scenario("refunds.feature", "Too early")
def test_too_early():
    pass


@given(
    parsers.re(
        r"a (?P<tier>standard|gold) customer's order of (?P<total>[\d.]+) EUR, "
        r"delivered (?P<day>[\d-]+)"
    )
)
def given_order(case, tier, total, day):
    case.details.update(tier=tier, total=Decimal(total), delivered_on=date.fromisoformat(day))


@given("the items were opened")
def given_opened(case):
    case.details["opened"] = True


@when(parsers.re(r"a refund is requested (?P<days>-?\d+) days after delivery"))
def when_requested(case, days):
    order = Order(**case.details)
    try:
        case.result = refund(order, order.delivered_on + timedelta(days=int(days)))
    except ValueError as error:
        case.result = error


@then(parsers.re(r"(?P<amount>[\d.]+) EUR is refunded \((?P<reason>[a-z ]+)\)"))
def then_refunded(case, amount, reason):
    assert (case.result.amount, case.result.reason) == (Decimal(amount), reason)


@then("the request is refused")
def then_refused(case):
    assert isinstance(case.result, ValueError)
