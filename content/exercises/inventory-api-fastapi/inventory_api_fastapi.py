"""A small inventory HTTP API built with FastAPI.

Declare the model fields described in the instructions, then the store, the dependencies
and the routes inside ``create_app``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import FastAPI, Header, Request
from pydantic import BaseModel

__all__ = [
    "InventoryStore",
    "Item",
    "ItemIn",
    "StockChange",
    "create_app",
    "get_store",
    "require_token",
]


class ItemIn(BaseModel):
    """What a client sends to create an item: sku, name, quantity, price_cents."""


class Item(ItemIn):
    """A stored item: the fields of ``ItemIn`` plus ``id``."""


class StockChange(BaseModel):
    """A stock movement ``delta``: positive for deliveries, negative for shipments."""


class InventoryStore:
    """In-memory storage; ids start at 1 and are never reused."""

    def __init__(self) -> None:
        raise NotImplementedError

    def add(self, data: ItemIn) -> Item:
        """Store a new item; ``ValueError`` if its sku exists."""
        raise NotImplementedError

    def get(self, item_id: int) -> Item | None:
        """The item, or ``None``."""
        raise NotImplementedError

    def list(self, min_quantity: int) -> list[Item]:
        """Items with at least ``min_quantity`` in stock, in id order."""
        raise NotImplementedError

    def adjust(self, item_id: int, delta: int) -> Item:
        """Add ``delta`` to the quantity; ``ValueError`` if it would drop below 0."""
        raise NotImplementedError

    def delete(self, item_id: int) -> bool:
        """Remove the item; ``False`` if there was none."""
        raise NotImplementedError


def get_store(request: Request) -> InventoryStore:
    """Dependency: the store of the application serving the request."""
    raise NotImplementedError


def require_token(request: Request, x_api_token: Annotated[str | None, Header()] = None) -> None:
    """Dependency: refuse the request unless ``X-Api-Token`` is the app's token."""
    raise NotImplementedError


def create_app(store: InventoryStore | None = None, *, api_token: str = "dev-token") -> FastAPI:
    """A fresh application around ``store``; writes need the ``X-Api-Token`` header."""
    raise NotImplementedError
