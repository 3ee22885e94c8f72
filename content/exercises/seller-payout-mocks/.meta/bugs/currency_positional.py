"""Seller payouts: move each seller's balance to their bank through the payment gateway."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["BankGateway", "GatewayError", "Notifier", "PayoutResult", "PayoutService", "Seller"]


class GatewayError(Exception):
    """The gateway refused a transfer; ``retryable`` says whether trying again may work."""

    def __init__(self, message: str, *, retryable: bool) -> None:
        super().__init__(message)
        self.retryable = retryable


class BankGateway:
    """The payment gateway's HTTP client. It talks to the bank: never call it in tests."""

    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url
        self.token = token

    def transfer(
        self, account: str, amount: Decimal, *, currency: str, idempotency_key: str
    ) -> str:
        """Move ``amount`` to ``account``; return the gateway's transfer id."""
        raise NotImplementedError("this client talks to the bank")  # pragma: no cover


class Notifier:
    """Sends e-mail to sellers."""

    def send(self, to: str, subject: str, body: str) -> None:
        """Send one message."""
        raise NotImplementedError("this sends real e-mail")  # pragma: no cover


@dataclass(frozen=True)
class Seller:
    """A seller and the balance the marketplace owes them."""

    seller_id: str
    email: str
    account: str
    balance: Decimal


@dataclass(frozen=True)
class PayoutResult:
    """What happened to one seller's payout."""

    seller_id: str
    transfer_id: str | None
    error: str | None


class PayoutService:
    """Pays sellers, retrying the gateway's transient errors with exponential backoff."""

    def __init__(
        self,
        gateway: BankGateway,
        notifier: Notifier,
        *,
        attempts: int = 3,
        minimum: Decimal = Decimal("10.00"),
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._gateway = gateway
        self._notifier = notifier
        self._attempts = attempts
        self._minimum = minimum
        self._sleep = sleep

    def pay(self, seller: Seller, run_id: str) -> PayoutResult:
        """Pay one seller's whole balance, at most ``attempts`` tries; notify the seller."""
        if seller.balance < self._minimum:
            return PayoutResult(seller.seller_id, None, "below the payout minimum")
        key = f"{run_id}:{seller.seller_id}"
        attempt = 1
        while True:
            try:
                transfer_id = self._gateway.transfer(
                    seller.account, seller.balance, "EUR", idempotency_key=key
                )
            except GatewayError as error:
                if not error.retryable or attempt >= self._attempts:
                    return self._failed(seller, error)
                self._sleep(2 ** (attempt - 1))
                attempt += 1
                continue
            self._notifier.send(
                seller.email, "Payout sent", f"{seller.balance} EUR is on its way ({transfer_id})."
            )
            return PayoutResult(seller.seller_id, transfer_id, None)

    def _failed(self, seller: Seller, error: GatewayError) -> PayoutResult:
        self._notifier.send(
            seller.email, "Payout failed", f"We could not send {seller.balance} EUR: {error}"
        )
        return PayoutResult(seller.seller_id, None, str(error))

    def pay_all(self, sellers: Iterable[Seller], run_id: str) -> list[PayoutResult]:
        """Pay each seller in turn; one seller's failure never stops the others."""
        return [self.pay(seller, run_id) for seller in sellers]
