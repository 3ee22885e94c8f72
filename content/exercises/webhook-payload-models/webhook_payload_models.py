"""Validated models for a payment provider's webhook deliveries.

Declare the fields (and validators) described in the instructions on each model.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

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


class Money(BaseModel):
    """An amount in minor units (cents) of an ISO 4217 currency; frozen."""


class Customer(BaseModel):
    """The paying customer; the e-mail address is normalised to lower case."""


class PaymentSucceeded(BaseModel):
    """A card payment went through (``type == "payment.succeeded"``)."""


class RefundIssued(BaseModel):
    """Part or all of a payment was given back (``type == "refund.issued"``)."""


# Replace with a discriminated union of the two event models.
Event = PaymentSucceeded | RefundIssued


class WebhookDelivery(BaseModel):
    """One delivery of one event, as POSTed to our endpoint."""


def parse_delivery(raw: str | bytes) -> WebhookDelivery:
    """Validate a raw JSON body; raises ``pydantic.ValidationError`` when it is invalid."""
    raise NotImplementedError


def rejection_locations(raw: str | bytes) -> list[tuple[str | int, ...]]:
    """The ``loc`` of every validation error of ``raw``, in pydantic's order; ``[]`` if valid."""
    raise NotImplementedError


def public_view(delivery: WebhookDelivery) -> dict[str, Any]:
    """A JSON-ready dict safe to log: the signature stays masked."""
    raise NotImplementedError


def signature_matches(delivery: WebhookDelivery, expected: str) -> bool:
    """Compare the secret signature with ``expected`` in constant time."""
    raise NotImplementedError
