"""Webhook payload validation: fix the schemas' requiredness and implement the checks."""

from typing import Any, Literal, TypedDict


# The field types are right; which keys are required is not. Fix that.
class Customer(TypedDict):
    id: str
    email: str


class LineItem(TypedDict):
    sku: str
    quantity: int


class OrderEvent(TypedDict):
    event: Literal["order.created", "order.cancelled"]
    id: str
    customer: Customer
    items: list[LineItem]
    note: str
    tags: list[str]


class PayloadError(ValueError):
    """Bad payload; `path` points at the offending value, e.g. 'items[1].quantity'."""

    def __init__(self, path: str, problem: str) -> None:
        raise NotImplementedError


def validate_payload(schema: type[Any], payload: object) -> dict[str, Any]:
    """Check payload against a TypedDict class; return it unchanged when valid."""
    raise NotImplementedError


def parse_order_event(payload: object) -> OrderEvent:
    """Validate an order webhook and return it typed as OrderEvent."""
    raise NotImplementedError
