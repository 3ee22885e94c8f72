from unittest import mock

import pytest

from payment_gateway_mock import (
    CardDeclinedError,
    Gateway,
    GatewayTimeoutError,
    PaymentResult,
    PaymentService,
    build_fake_gateway,
)


def strict_gateway() -> mock.NonCallableMagicMock:
    gateway: mock.NonCallableMagicMock = mock.create_autospec(Gateway, instance=True)
    return gateway


def service(gateway: mock.NonCallableMagicMock, **kwargs: int) -> tuple[PaymentService, mock.Mock]:
    sleep = mock.Mock(name="sleep")
    return PaymentService(gateway, sleep=sleep, **kwargs), sleep


@pytest.mark.task(taskno=1)
def test_fake_gateway_plays_back_outcomes_in_order() -> None:
    fake = build_fake_gateway(["pay_1", GatewayTimeoutError(), "pay_2"])
    assert fake.charge(amount_cents=1, currency="EUR", idempotency_key="k") == "pay_1"
    with pytest.raises(GatewayTimeoutError):
        fake.charge(amount_cents=1, currency="EUR", idempotency_key="k")
    assert fake.charge(amount_cents=1, currency="EUR", idempotency_key="k") == "pay_2"
    with pytest.raises(StopIteration):
        fake.charge(amount_cents=1, currency="EUR", idempotency_key="k")


@pytest.mark.task(taskno=1)
def test_fake_gateway_refund_returns_the_configured_id() -> None:
    assert build_fake_gateway([]).refund("pay_1", 100) == "rf_1"
    fake = build_fake_gateway([], refund_id="rf_9")
    assert fake.refund("pay_1", 100) == "rf_9"
    fake.refund.assert_called_once_with("pay_1", 100)


@pytest.mark.task(taskno=1)
def test_fake_gateway_is_a_gateway_and_enforces_signatures() -> None:
    fake = build_fake_gateway(["pay_1"])
    assert isinstance(fake, Gateway), "a spec'd mock passes isinstance checks"
    assert not callable(fake), "it stands for a Gateway instance, not the class"
    with pytest.raises(TypeError):
        fake.charge(100, "EUR", "k")  # charge() is keyword-only on the real class
    with pytest.raises(AttributeError):
        fake.capture("pay_1")  # no such method on Gateway


@pytest.mark.task(taskno=1)
def test_fake_gateway_refuses_new_attributes() -> None:
    fake = build_fake_gateway([])
    with pytest.raises(AttributeError):
        fake.chrage = mock.Mock()  # a typo must not silently create an attribute


@pytest.mark.task(taskno=2)
def test_successful_charge_calls_the_gateway_once_with_keywords() -> None:
    gateway = strict_gateway()
    gateway.charge.return_value = "pay_42"
    svc, sleep = service(gateway)
    assert svc.charge("1001", 2500, "EUR") == PaymentResult("paid", payment_id="pay_42")
    gateway.charge.assert_called_once_with(
        amount_cents=2500, currency="EUR", idempotency_key="order-1001"
    )
    sleep.assert_not_called()


@pytest.mark.task(taskno=2)
def test_timeouts_are_retried_with_the_same_idempotency_key_and_backoff() -> None:
    gateway = strict_gateway()
    gateway.charge.side_effect = [GatewayTimeoutError(), GatewayTimeoutError(), "pay_7"]
    svc, sleep = service(gateway)
    assert svc.charge("77", 100, "USD") == PaymentResult("paid", payment_id="pay_7")
    expected = mock.call(amount_cents=100, currency="USD", idempotency_key="order-77")
    assert gateway.charge.call_args_list == [expected] * 3, "same key on every retry"
    assert sleep.call_args_list == [mock.call(0.5), mock.call(1.0)], "0.5 s, then 1 s"


@pytest.mark.task(taskno=2)
def test_gives_up_after_max_attempts_without_a_final_sleep() -> None:
    gateway = strict_gateway()
    gateway.charge.side_effect = GatewayTimeoutError()
    svc, sleep = service(gateway, max_attempts=2)
    assert svc.charge("5", 100, "EUR") == PaymentResult("failed", reason="timeout")
    assert gateway.charge.call_count == 2
    assert sleep.call_args_list == [mock.call(0.5)]


@pytest.mark.task(taskno=2)
def test_default_is_three_attempts() -> None:
    gateway = strict_gateway()
    gateway.charge.side_effect = GatewayTimeoutError()
    svc, sleep = service(gateway)
    assert svc.charge("5", 100, "EUR").status == "failed"
    assert gateway.charge.call_count == 3 and sleep.call_count == 2


@pytest.mark.task(taskno=2)
def test_declined_card_is_not_retried() -> None:
    gateway = strict_gateway()
    gateway.charge.side_effect = CardDeclinedError("insufficient_funds")
    svc, sleep = service(gateway)
    got = svc.charge("9", 100, "EUR")
    assert got == PaymentResult("declined", reason="insufficient_funds"), f"got {got}"
    assert gateway.charge.call_count == 1
    sleep.assert_not_called()


@pytest.mark.task(taskno=2)
def test_the_reason_is_the_attribute_not_the_message() -> None:
    class WordedDecline(CardDeclinedError):
        def __str__(self) -> str:
            return f"the issuer declined the card ({self.reason})"

    gateway = strict_gateway()
    gateway.charge.side_effect = [WordedDecline("stolen")]
    svc, _ = service(gateway)
    assert svc.charge("8", 100, "EUR") == PaymentResult("declined", reason="stolen")


@pytest.mark.task(taskno=2)
def test_pythons_own_timeout_error_is_not_retried() -> None:
    gateway = strict_gateway()
    gateway.charge.side_effect = [TimeoutError("socket timed out"), "pay_1"]
    svc, sleep = service(gateway)
    with pytest.raises(TimeoutError):
        svc.charge("9", 100, "EUR")
    assert gateway.charge.call_count == 1, "only GatewayTimeoutError means: safe to retry"
    sleep.assert_not_called()


@pytest.mark.task(taskno=2)
def test_other_gateway_errors_propagate() -> None:
    gateway = strict_gateway()
    gateway.charge.side_effect = ConnectionResetError("tls")
    svc, _ = service(gateway)
    with pytest.raises(ConnectionResetError):
        svc.charge("9", 100, "EUR")


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("amount", [0, -100])
def test_non_positive_amounts_never_reach_the_gateway(amount: int) -> None:
    gateway = strict_gateway()
    svc, _ = service(gateway)
    with pytest.raises(ValueError, match="amount"):
        svc.charge("1", amount, "EUR")
    with pytest.raises(ValueError, match="amount"):
        svc.refund("pay_1", amount)
    assert gateway.mock_calls == [], "validation happens before any gateway call"


@pytest.mark.task(taskno=2)
def test_smallest_positive_amount_is_accepted() -> None:
    gateway = build_fake_gateway(["pay_1"])
    svc, _ = service(gateway)
    assert svc.charge("1", 1, "EUR") == PaymentResult("paid", payment_id="pay_1")
    assert svc.refund("pay_1", 1) == "rf_1"


@pytest.mark.task(taskno=2)
def test_max_attempts_must_be_positive() -> None:
    for bad in (0, -1):
        with pytest.raises(ValueError, match="max_attempts"):
            PaymentService(strict_gateway(), max_attempts=bad)
    assert PaymentService(strict_gateway(), max_attempts=1) is not None


@pytest.mark.task(taskno=3)
def test_receipt_is_sent_only_after_a_successful_charge() -> None:
    gateway = strict_gateway()
    gateway.charge.side_effect = [GatewayTimeoutError(), "pay_3"]
    svc, _ = service(gateway)
    with mock.patch("payment_gateway_mock.send_receipt", autospec=True) as send:
        svc.charge("3", 990, "EUR", email="ana@example.com")
    send.assert_called_once_with("ana@example.com", "pay_3")


@pytest.mark.task(taskno=3)
def test_no_receipt_without_email_or_on_failure() -> None:
    gateway = strict_gateway()
    gateway.charge.side_effect = ["pay_1", CardDeclinedError("stolen")]
    svc, _ = service(gateway)
    with mock.patch("payment_gateway_mock.send_receipt", autospec=True) as send:
        svc.charge("1", 100, "EUR")
        svc.charge("2", 100, "EUR", email="bo@example.com")
    send.assert_not_called()


@pytest.mark.task(taskno=3)
def test_refund_passes_arguments_through() -> None:
    gateway = build_fake_gateway([], refund_id="rf_5")
    svc, _ = service(gateway)
    assert svc.refund("pay_1", 300) == "rf_5"
    assert gateway.mock_calls == [mock.call.refund("pay_1", 300)]
