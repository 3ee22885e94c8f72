"""Autospecced doubles, but the gateway never fails: no ``side_effect``, so retries,
backoff and giving up are never exercised and every bug in them passes.

Mocks make the unhappy paths cheap to reach; this suite only walks the happy one.
"""

from decimal import Decimal
from unittest.mock import create_autospec

import pytest

from seller_payouts import BankGateway, Notifier, PayoutService, Seller

ANN = Seller("s-1", "ann@shop.example", "DE89370400440532013000", Decimal("10.10"))


@pytest.fixture
def gateway():
    double = create_autospec(BankGateway, instance=True)
    double.transfer.return_value = "tr-1"
    return double


@pytest.fixture
def notifier():
    return create_autospec(Notifier, instance=True)


@pytest.fixture
def service(gateway, notifier):
    return PayoutService(gateway, notifier, sleep=lambda seconds: None)


def test_transfer_arguments(service, gateway):
    service.pay(ANN, "run-1")
    gateway.transfer.assert_called_once_with(
        ANN.account, Decimal("10.10"), currency="EUR", idempotency_key="run-1:s-1"
    )
    assert isinstance(gateway.transfer.call_args.args[1], Decimal)


def test_notice(service, notifier):
    service.pay(ANN, "run-1")
    notifier.send.assert_called_once_with(
        "ann@shop.example", "Payout sent", "10.10 EUR is on its way (tr-1)."
    )


@pytest.mark.parametrize(("balance", "paid"), [("9.99", False), ("10.00", True)])
def test_minimum(service, gateway, balance, paid):
    service.pay(Seller("s-2", "b@x.example", "FR76", Decimal(balance)), "run-1")
    assert gateway.transfer.called is paid


def test_result(service):
    assert service.pay(ANN, "run-1").transfer_id == "tr-1"


def test_all(service):
    assert [r.transfer_id for r in service.pay_all([ANN], "run-1")] == ["tr-1"]


def test_no_error(service):
    assert service.pay(ANN, "run-1").error is None
