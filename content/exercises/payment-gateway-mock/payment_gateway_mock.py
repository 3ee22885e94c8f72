"""Payment service and its test double: implement build_fake_gateway and PaymentService."""

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from unittest.mock import NonCallableMagicMock


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
    raise NotImplementedError


class PaymentService:
    """Charges orders through a gateway with retries and idempotency keys."""

    def __init__(
        self,
        gateway: Gateway,
        *,
        max_attempts: int = 3,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        raise NotImplementedError

    def charge(
        self, order_id: str, amount_cents: int, currency: str, email: str | None = None
    ) -> PaymentResult:
        raise NotImplementedError

    def refund(self, payment_id: str, amount_cents: int) -> str:
        raise NotImplementedError
