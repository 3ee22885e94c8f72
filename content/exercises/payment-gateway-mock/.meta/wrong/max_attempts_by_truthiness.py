"""Validates ``max_attempts`` with ``if not max_attempts``.

Zero is refused, as the visible test checks, but a negative number is accepted, and such a
service then returns ``failed/timeout`` without ever calling the gateway. The visible test
with a negative value catches it.
"""

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from unittest.mock import NonCallableMagicMock, create_autospec


class GatewayTimeoutError(Exception):
    """The gateway did not answer in time; the charge may be retried."""


class CardDeclinedError(Exception):
    """The card issuer refused the charge."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Gateway:
    """The real HTTP client (talks to the payment provider; never used in tests)."""

    def charge(self, *, amount_cents: int, currency: str, idempotency_key: str) -> str:
        raise RuntimeError("the real gateway needs network access")

    def refund(self, payment_id: str, amount_cents: int) -> str:
        raise RuntimeError("the real gateway needs network access")


def send_receipt(email: str, payment_id: str) -> None:
    """Send a receipt e-mail (needs a mail server; tests patch it)."""
    raise RuntimeError("no mail server configured")


@dataclass(frozen=True)
class PaymentResult:
    status: str
    payment_id: str | None = None
    reason: str | None = None


def build_fake_gateway(
    charge_outcomes: Sequence[str | Exception], refund_id: str = "rf_1"
) -> NonCallableMagicMock:
    """A strict stand-in for Gateway whose charge() plays back the given outcomes."""
    fake: NonCallableMagicMock = create_autospec(Gateway, instance=True, spec_set=True)
    fake.charge.side_effect = list(charge_outcomes)
    fake.refund.return_value = refund_id
    return fake


class PaymentService:
    """Charges orders through a gateway with retries and idempotency keys."""

    def __init__(
        self,
        gateway: Gateway,
        *,
        max_attempts: int = 3,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not max_attempts:
            raise ValueError(f"max_attempts must be at least 1, got {max_attempts}")
        self._gateway = gateway
        self._max_attempts = max_attempts
        self._sleep = sleep

    def charge(
        self, order_id: str, amount_cents: int, currency: str, email: str | None = None
    ) -> PaymentResult:
        if amount_cents <= 0:
            raise ValueError(f"amount must be positive, got {amount_cents}")
        key = f"order-{order_id}"
        for attempt in range(1, self._max_attempts + 1):
            try:
                payment_id = self._gateway.charge(
                    amount_cents=amount_cents, currency=currency, idempotency_key=key
                )
            except GatewayTimeoutError:
                if attempt < self._max_attempts:
                    self._sleep(0.5 * 2 ** (attempt - 1))
                continue
            except CardDeclinedError as exc:
                return PaymentResult("declined", reason=exc.reason)
            if email is not None:
                send_receipt(email, payment_id)
            return PaymentResult("paid", payment_id=payment_id)
        return PaymentResult("failed", reason="timeout")

    def refund(self, payment_id: str, amount_cents: int) -> str:
        if amount_cents <= 0:
            raise ValueError(f"amount must be positive, got {amount_cents}")
        return self._gateway.refund(payment_id, amount_cents)
