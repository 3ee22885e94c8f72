"""Step definitions for refunds.feature: write yours here (see the instructions)."""

from datetime import date
from decimal import Decimal

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from refund_policy import Order, refund

scenarios("refunds.feature")


@pytest.fixture
def order():
    return {}


@given(parsers.parse("an order of {total} EUR delivered on {day}"))
def an_order(order, total, day):
    order.update(total=Decimal(total), delivered_on=date.fromisoformat(day))


@when(parsers.parse("the customer asks for a refund on {day}"), target_fixture="outcome")
def ask(order, day):
    return refund(Order(**order), date.fromisoformat(day))


@then(parsers.parse('the refund is {amount} EUR because of "{reason}"'))
def refunded(outcome, amount, reason):
    assert outcome.amount == Decimal(amount)
    assert outcome.reason == reason
