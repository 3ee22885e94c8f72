"""Checks ``payment_id`` in a ``field_validator`` with ``re.match(PAYMENT_ID, value)``.

In Python's ``re``, ``$`` also matches just before a final newline, so ``"pay_7\\n"`` passes,
while pydantic's ``pattern`` (and ``re.fullmatch``) refuse it. The visible tests had no
trailing newline; the visible test with one catches it.
"""

from __future__ import annotations

import hmac
import re
from typing import Annotated, Any, Literal, Self
from uuid import UUID

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

__all__ = [
    "Customer",
    "Event",
    "Money",
    "PaymentSucceeded",
    "RefundIssued",
    "WebhookDelivery",
    "parse_delivery",
    "public_view",
    "rejection_locations",
    "signature_matches",
]

PAYMENT_ID = r"^pay_[A-Za-z0-9]+$"


class Money(BaseModel):
    """An amount in minor units (cents) of an ISO 4217 currency."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    amount: int = Field(ge=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$")


class Customer(BaseModel):
    """The paying customer; the e-mail address is normalised to lower case."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=32)
    email: str

    @field_validator("email")
    @classmethod
    def normalise_email(cls, value: str) -> str:
        value = value.strip().lower()
        local, at, domain = value.partition("@")
        if not at or not local or "." not in domain:
            raise ValueError("email must look like name@example.com")
        return value


class PaymentSucceeded(BaseModel):
    """A card payment went through."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["payment.succeeded"]
    payment_id: str
    customer: Customer
    amount: Money

    @field_validator("payment_id")
    @classmethod
    def known_id(cls, value: str) -> str:
        if not re.match(PAYMENT_ID, value):
            raise ValueError("payment_id must look like pay_…")
        return value


class RefundIssued(BaseModel):
    """Part or all of a payment was given back."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["refund.issued"]
    payment_id: str
    original: Money
    refunded: Money
    reason: str | None = Field(default=None, max_length=200)

    @field_validator("payment_id")
    @classmethod
    def known_id(cls, value: str) -> str:
        if not re.match(PAYMENT_ID, value):
            raise ValueError("payment_id must look like pay_…")
        return value

    @model_validator(mode="after")
    def refund_fits_payment(self) -> Self:
        if self.refunded.currency != self.original.currency:
            raise ValueError("refund currency differs from the payment currency")
        if self.refunded.amount > self.original.amount:
            raise ValueError("refund exceeds the original amount")
        return self


Event = Annotated[PaymentSucceeded | RefundIssued, Field(discriminator="type")]


class WebhookDelivery(BaseModel):
    """One delivery of one event, as POSTed to our endpoint."""

    model_config = ConfigDict(extra="forbid")

    delivery_id: UUID
    sent_at: AwareDatetime
    attempt: int = Field(default=1, ge=1, le=5)
    signature: SecretStr = Field(min_length=16)
    event: Event


def parse_delivery(raw: str | bytes) -> WebhookDelivery:
    """Validate a raw JSON body; raises ``pydantic.ValidationError`` when it is invalid."""
    return WebhookDelivery.model_validate_json(raw)


def rejection_locations(raw: str | bytes) -> list[tuple[str | int, ...]]:
    """The ``loc`` of every validation error of ``raw``, in pydantic's order; ``[]`` if valid."""
    try:
        parse_delivery(raw)
    except ValidationError as error:
        return [tuple(detail["loc"]) for detail in error.errors()]
    return []


def public_view(delivery: WebhookDelivery) -> dict[str, Any]:
    """A JSON-ready dict safe to log: the signature stays masked."""
    return delivery.model_dump(mode="json")


def signature_matches(delivery: WebhookDelivery, expected: str) -> bool:
    """Compare the secret signature with ``expected`` in constant time (as UTF-8 bytes:
    ``compare_digest`` refuses ``str`` with non-ASCII characters)."""
    secret = delivery.signature.get_secret_value().encode()
    return hmac.compare_digest(secret, expected.encode())
