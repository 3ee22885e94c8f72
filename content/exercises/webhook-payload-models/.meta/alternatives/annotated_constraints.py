"""A different route: constraints as reusable ``Annotated`` types (``StringConstraints``,
``Field``), a shared base model for the configuration, the e-mail normalised by a
``before`` validator, the naive-time check written by hand, and the signature compared
through ``secrets.compare_digest``."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)

Currency = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
PaymentId = Annotated[str, StringConstraints(pattern=r"^pay_[A-Za-z0-9]+$")]
Cents = Annotated[int, Field(ge=0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Money(_Strict):
    model_config = ConfigDict(extra="forbid", frozen=True)

    amount: Cents
    currency: Currency


class Customer(_Strict):
    id: Annotated[str, StringConstraints(min_length=1, max_length=32)]
    email: str

    @field_validator("email", mode="before")
    @classmethod
    def _email(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        cleaned = value.strip().lower()
        before, sep, after = cleaned.partition("@")
        if sep == "" or before == "" or after.find(".") < 0:
            raise ValueError(f"not an e-mail address: {value!r}")
        return cleaned


class PaymentSucceeded(_Strict):
    type: Literal["payment.succeeded"]
    payment_id: PaymentId
    customer: Customer
    amount: Money


class RefundIssued(_Strict):
    type: Literal["refund.issued"]
    payment_id: PaymentId
    original: Money
    refunded: Money
    reason: Annotated[str, StringConstraints(max_length=200)] | None = None

    @model_validator(mode="after")
    def _fits(self) -> RefundIssued:
        if self.original.currency != self.refunded.currency:
            raise ValueError("the refund's currency is not the payment's")
        if self.original.amount < self.refunded.amount:
            raise ValueError("the refund exceeds what was paid")
        return self


Event = Annotated[PaymentSucceeded | RefundIssued, Field(discriminator="type")]


class WebhookDelivery(_Strict):
    delivery_id: UUID
    sent_at: datetime
    attempt: Annotated[int, Field(ge=1, le=5)] = 1
    signature: Annotated[SecretStr, Field(min_length=16)]
    event: Event

    @field_validator("sent_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("sent_at needs a time zone")
        return value


_DELIVERY = TypeAdapter(WebhookDelivery)


def parse_delivery(raw: str | bytes) -> WebhookDelivery:
    return _DELIVERY.validate_json(raw)


def rejection_locations(raw: str | bytes) -> list[tuple[str | int, ...]]:
    try:
        _DELIVERY.validate_json(raw)
    except ValidationError as error:
        return [tuple(item["loc"]) for item in error.errors()]
    return []


def public_view(delivery: WebhookDelivery) -> dict[str, Any]:
    view: dict[str, Any] = _DELIVERY.dump_python(delivery, mode="json")
    return view


def signature_matches(delivery: WebhookDelivery, expected: str) -> bool:
    return secrets.compare_digest(
        delivery.signature.get_secret_value().encode("utf-8"), expected.encode("utf-8")
    )
