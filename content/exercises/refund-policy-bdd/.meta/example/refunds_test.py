"""Step definitions for refunds.feature: each scenario of the feature runs as a test."""

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


@given(parsers.parse("the customer has the {tier} tier"))
def a_tier(order, tier):
    order["tier"] = tier


@given("the customer opened the items")
def opened(order):
    order["opened"] = True


@when(parsers.parse("the customer asks for a refund on {day}"), target_fixture="outcome")
def ask(order, day):
    try:
        return refund(Order(**order), date.fromisoformat(day))
    except ValueError as error:
        return error


@then(parsers.parse('the refund is {amount} EUR because of "{reason}"'))
def refunded(outcome, amount, reason):
    assert outcome.amount == Decimal(amount)
    assert outcome.reason == reason


@then("the request is refused as too early")
def refused(outcome):
    assert isinstance(outcome, ValueError)
    assert "before delivery" in str(outcome)
