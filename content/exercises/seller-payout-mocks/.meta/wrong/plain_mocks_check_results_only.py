"""Plain ``Mock()`` doubles and checks of the returned results only: nothing looks at how
the gateway was called, so a float amount, a positional currency (which a plain Mock accepts
and the real client refuses) or a new idempotency key per attempt all pass.

Checking outcomes is good; a payment client's call arguments are outcomes too.
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
def service(gateway):
    return PayoutService(gateway, Mock(), sleep=Mock())


def test_paid(service):
    assert service.pay(ANN, "r").transfer_id == "tr-1"


def test_retried(service, gateway):
    gateway.transfer.side_effect = [GatewayError("t", retryable=True), "tr-2"]
    assert service.pay(ANN, "r").transfer_id == "tr-2"


def test_gives_up(service, gateway):
    gateway.transfer.side_effect = GatewayError("down", retryable=True)
    assert service.pay(ANN, "r").error == "down"
    assert gateway.transfer.call_count == 3


def test_permanent(service, gateway):
    gateway.transfer.side_effect = GatewayError("closed", retryable=False)
    service.pay(ANN, "r")
    assert gateway.transfer.call_count == 1


@pytest.mark.parametrize("balance", ["9.99", "10.00"])
def test_minimum(service, balance):
    seller = Seller("s-2", "b@x.example", "FR76", Decimal(balance))
    assert (service.pay(seller, "r").transfer_id is None) is (balance == "9.99")


def test_all(service):
    assert len(service.pay_all([ANN, ANN], "r")) == 2
