"""Tests for seller_payouts.py, with autospecced doubles of the gateway and the notifier."""

from decimal import Decimal
from unittest.mock import call, create_autospec

import pytest

from seller_payouts import BankGateway, GatewayError, Notifier, PayoutService, Seller

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
def sleep():
    return create_autospec(lambda seconds: None)


@pytest.fixture
def service(gateway, notifier, sleep):
    return PayoutService(gateway, notifier, sleep=sleep)


def test_a_payout_transfers_the_exact_balance_once(service, gateway):
    result = service.pay(ANN, "run-7")
    assert (result.transfer_id, result.error) == ("tr-1", None)
    gateway.transfer.assert_called_once_with(
        ANN.account, Decimal("10.10"), currency="EUR", idempotency_key="run-7:s-1"
    )
    amount = gateway.transfer.call_args.args[1]
    assert isinstance(amount, Decimal)


def test_the_seller_hears_about_the_payout(service, notifier):
    service.pay(ANN, "run-7")
    notifier.send.assert_called_once_with(
        "ann@shop.example", "Payout sent", "10.10 EUR is on its way (tr-1)."
    )


@pytest.mark.parametrize(
    ("balance", "paid"), [(Decimal("9.99"), False), (Decimal("10.00"), True)]
)
def test_the_minimum_balance_is_paid_and_below_it_nothing_happens(
    service, gateway, notifier, balance, paid
):
    seller = Seller("s-2", "bo@shop.example", "FR7630006000011234567890189", balance)
    result = service.pay(seller, "run-7")
    assert gateway.transfer.called is paid
    if not paid:
        assert result.error == "below the payout minimum"
        notifier.send.assert_not_called()


def test_transient_errors_are_retried_with_the_same_key_and_growing_backoff(
    service, gateway, sleep
):
    gateway.transfer.side_effect = [
        GatewayError("timeout", retryable=True),
        GatewayError("timeout", retryable=True),
        "tr-3",
    ]
    assert service.pay(ANN, "run-7").transfer_id == "tr-3"
    keys = {c.kwargs["idempotency_key"] for c in gateway.transfer.call_args_list}
    assert keys == {"run-7:s-1"}
    assert sleep.call_args_list == [call(1), call(2)]


def test_after_the_last_attempt_it_gives_up_without_sleeping(service, gateway, notifier, sleep):
    gateway.transfer.side_effect = GatewayError("bank down", retryable=True)
    result = service.pay(ANN, "run-7")
    assert result.error == "bank down"
    assert gateway.transfer.call_count == 3
    assert sleep.call_count == 2
    notifier.send.assert_called_once_with(
        "ann@shop.example", "Payout failed", "We could not send 10.10 EUR: bank down"
    )


def test_a_permanent_error_is_not_retried(service, gateway, sleep):
    gateway.transfer.side_effect = GatewayError("account closed", retryable=False)
    assert service.pay(ANN, "run-7").error == "account closed"
    assert gateway.transfer.call_count == 1
    sleep.assert_not_called()


def test_pay_all_goes_on_after_a_failure(service, gateway):
    bo = Seller("s-2", "bo@shop.example", "FR7630006000011234567890189", Decimal("50"))
    gateway.transfer.side_effect = [GatewayError("account closed", retryable=False), "tr-9"]
    results = service.pay_all([ANN, bo], "run-8")
    assert [(r.seller_id, r.transfer_id) for r in results] == [("s-1", None), ("s-2", "tr-9")]
