"""The same checks through pytest-mock's ``mocker`` fixture (autospecced, undone after
each test), with the gateway's responses as a parametrized table."""

from decimal import Decimal

import pytest

from seller_payouts import BankGateway, GatewayError, Notifier, PayoutService, Seller

BO = Seller("s-9", "bo@shop.example", "NL91ABNA0417164300", Decimal("12.34"))
TRANSIENT = GatewayError("busy", retryable=True)
PERMANENT = GatewayError("iban unknown", retryable=False)


@pytest.fixture
def doubles(mocker):
    gateway = mocker.create_autospec(BankGateway, instance=True)
    notifier = mocker.create_autospec(Notifier, instance=True)
    sleep = mocker.stub(name="sleep")
    return gateway, notifier, sleep


@pytest.fixture
def service(doubles):
    gateway, notifier, sleep = doubles
    return PayoutService(gateway, notifier, attempts=3, sleep=sleep)


@pytest.mark.parametrize(
    ("responses", "transfer_id", "sleeps", "tries"),
    [
        (["tr-1"], "tr-1", [], 1),
        ([TRANSIENT, "tr-2"], "tr-2", [1], 2),
        ([TRANSIENT, TRANSIENT, "tr-3"], "tr-3", [1, 2], 3),
        ([TRANSIENT, TRANSIENT, TRANSIENT], None, [1, 2], 3),
        ([PERMANENT], None, [], 1),
    ],
)
def test_attempts(service, doubles, responses, transfer_id, sleeps, tries):
    gateway, _, sleep = doubles
    gateway.transfer.side_effect = responses
    assert service.pay(BO, "batch-1").transfer_id == transfer_id
    assert [c.args[0] for c in sleep.call_args_list] == sleeps
    assert gateway.transfer.call_count == tries
    for sent in gateway.transfer.call_args_list:
        assert sent.args == (BO.account, Decimal("12.34"))
        assert type(sent.args[1]) is Decimal
        assert sent.kwargs == {"currency": "EUR", "idempotency_key": "batch-1:s-9"}


def test_success_notice(service, doubles):
    gateway, notifier, _ = doubles
    gateway.transfer.return_value = "tr-5"
    service.pay(BO, "batch-1")
    assert notifier.send.call_args.args == (
        "bo@shop.example",
        "Payout sent",
        "12.34 EUR is on its way (tr-5).",
    )


def test_failure_notice(service, doubles):
    gateway, notifier, _ = doubles
    gateway.transfer.side_effect = PERMANENT
    assert service.pay(BO, "batch-1").error == "iban unknown"
    assert notifier.send.call_args.args[1:] == (
        "Payout failed",
        "We could not send 12.34 EUR: iban unknown",
    )


def test_exactly_the_minimum_is_paid(service, doubles):
    gateway, _, _ = doubles
    gateway.transfer.return_value = "tr-6"
    at_minimum = Seller("s-3", "c@shop.example", "BE68539007547034", Decimal("10.00"))
    assert service.pay(at_minimum, "batch-1").transfer_id == "tr-6"


def test_below_the_minimum_nothing_is_called(service, doubles):
    gateway, notifier, _ = doubles
    small = Seller("s-4", "d@shop.example", "BE68539007547034", Decimal("9.99"))
    assert service.pay(small, "batch-1").error == "below the payout minimum"
    assert not gateway.method_calls
    assert not notifier.method_calls


def test_pay_all_keeps_going(service, doubles):
    gateway, _, _ = doubles
    gateway.transfer.side_effect = [PERMANENT, "tr-7"]
    assert [r.error for r in service.pay_all([BO, BO], "batch-2")] == ["iban unknown", None]
