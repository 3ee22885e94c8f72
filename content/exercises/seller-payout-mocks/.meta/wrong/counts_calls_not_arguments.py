"""Failures are simulated with ``side_effect`` and attempts counted, but the sleeps and the
idempotency keys of the retries are never inspected, and the doubles are plain ``Mock``s:
constant backoff, a key per attempt and a positional currency pass.

``call_count`` says *how often*; ``call_args_list`` says *with what*.
"""

from decimal import Decimal
from unittest.mock import Mock

import pytest

from seller_payouts import GatewayError, PayoutService, Seller

ANN = Seller("s-1", "ann@shop.example", "DE89370400440532013000", Decimal("10.10"))


@pytest.fixture
def gateway():
    return Mock(**{"transfer.return_value": "tr-1"})


@pytest.fixture
def sleep():
    return Mock()


@pytest.fixture
def service(gateway, sleep):
    return PayoutService(gateway, Mock(), sleep=sleep)


def test_amount_is_decimal(service, gateway):
    service.pay(ANN, "r")
    assert gateway.transfer.call_args.args[1] == Decimal("10.10")
    assert isinstance(gateway.transfer.call_args.args[1], Decimal)


def test_retry_then_success(service, gateway, sleep):
    gateway.transfer.side_effect = [GatewayError("t", retryable=True), "tr-2"]
    assert service.pay(ANN, "r").transfer_id == "tr-2"
    assert sleep.call_count == 1


def test_three_attempts(service, gateway, sleep):
    gateway.transfer.side_effect = GatewayError("down", retryable=True)
    service.pay(ANN, "r")
    assert gateway.transfer.call_count == 3
    assert sleep.call_count == 2


def test_permanent(service, gateway):
    gateway.transfer.side_effect = GatewayError("closed", retryable=False)
    service.pay(ANN, "r")
    assert gateway.transfer.call_count == 1


@pytest.mark.parametrize(("balance", "paid"), [("9.99", False), ("10.00", True)])
def test_minimum(service, gateway, balance, paid):
    service.pay(Seller("s-2", "b@x.example", "FR76", Decimal(balance)), "r")
    assert gateway.transfer.called is paid


def test_all(service, gateway):
    gateway.transfer.side_effect = [GatewayError("closed", retryable=False), "tr-9"]
    assert [r.transfer_id for r in service.pay_all([ANN, ANN], "r")] == [None, "tr-9"]
