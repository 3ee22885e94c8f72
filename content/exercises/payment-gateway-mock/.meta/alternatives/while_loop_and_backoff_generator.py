"""A different route: the fake is autospecced from a ``Gateway`` instance and plays an
iterator; the service loops with ``while``, takes its delays from a backoff generator,
and finds ``send_receipt`` in the module's globals at call time."""

import itertools
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from unittest import mock


class GatewayTimeoutError(Exception):
    pass


class CardDeclinedError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Gateway:
    def charge(self, *, amount_cents: int, currency: str, idempotency_key: str) -> str:
        raise RuntimeError("the real gateway needs network access")

    def refund(self, payment_id: str, amount_cents: int) -> str:
        raise RuntimeError("the real gateway needs network access")


def send_receipt(email: str, payment_id: str) -> None:
    raise RuntimeError("no mail server configured")


@dataclass(frozen=True)
class PaymentResult:
    status: str
    payment_id: str | None = None
    reason: str | None = None


def build_fake_gateway(charge_outcomes: Sequence[str | Exception], refund_id: str = "rf_1") -> Any:
    fake = mock.create_autospec(Gateway(), spec_set=True)
    fake.charge.side_effect = iter(tuple(charge_outcomes))
    fake.refund.side_effect = lambda payment_id, amount_cents: refund_id
    return fake


def _delays() -> Iterator[float]:
    return (0.5 * 2**n for n in itertools.count())


def _positive(amount_cents: int) -> None:
    if not amount_cents > 0:
        raise ValueError(f"the amount must be > 0 cents, got {amount_cents}")


class PaymentService:
    def __init__(
        self, gateway: Any, *, max_attempts: int = 3, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        if max_attempts <= 0:
            raise ValueError(f"max_attempts must be 1 or more, got {max_attempts}")
        self.gateway, self.max_attempts, self.sleep = gateway, max_attempts, sleep

    def charge(
        self, order_id: str, amount_cents: int, currency: str, email: str | None = None
    ) -> PaymentResult:
        _positive(amount_cents)
        delays = _delays()
        attempts_left = self.max_attempts
        while True:
            attempts_left -= 1
            try:
                payment_id = self.gateway.charge(
                    idempotency_key="order-" + str(order_id),
                    currency=currency,
                    amount_cents=amount_cents,
                )
                break
            except CardDeclinedError as declined:
                return PaymentResult(status="declined", reason=declined.reason)
            except GatewayTimeoutError:
                if attempts_left == 0:
                    return PaymentResult(status="failed", reason="timeout")
                self.sleep(next(delays))
        if email is not None:
            globals()["send_receipt"](email, payment_id)
        return PaymentResult(status="paid", payment_id=payment_id)

    def refund(self, payment_id: str, amount_cents: int) -> str:
        _positive(amount_cents)
        result: str = self.gateway.refund(payment_id, amount_cents)
        return result
