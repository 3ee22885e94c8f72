"""Takes the next id before checking whether the sku is free.

A refused item (409) still uses up an id, so the next item skips one: ids have gaps that
clients notice. The visible tests never created an item after a conflict; the visible
test that does catches it.
"""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, status
from pydantic import BaseModel, Field

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
    """What a client sends to create an item."""

    sku: str = Field(pattern=r"^[A-Z0-9-]{3,20}$")
    name: str = Field(min_length=1, max_length=80)
    quantity: int = Field(ge=0)
    price_cents: int = Field(ge=0)


class Item(ItemIn):
    """A stored item."""

    id: int


class StockChange(BaseModel):
    """A stock movement: positive for deliveries, negative for shipments."""

    delta: int = Field(ge=-10_000, le=10_000)


class InventoryStore:
    """In-memory storage; ids start at 1 and are never reused."""

    def __init__(self) -> None:
        self._items: dict[int, Item] = {}
        self._next_id = 1

    def add(self, data: ItemIn) -> Item:
        item_id = self._next_id
        self._next_id += 1
        if any(item.sku == data.sku for item in self._items.values()):
            raise ValueError(f"sku {data.sku} already exists")
        item = Item(id=item_id, **data.model_dump())
        self._items[item.id] = item
        return item

    def get(self, item_id: int) -> Item | None:
        return self._items.get(item_id)

    def list(self, min_quantity: int) -> list[Item]:
        return [item for item in self._items.values() if item.quantity >= min_quantity]

    def adjust(self, item_id: int, delta: int) -> Item:
        item = self._items[item_id]
        quantity = item.quantity + delta
        if quantity < 0:
            raise ValueError(f"only {item.quantity} of {item.sku} in stock")
        updated = item.model_copy(update={"quantity": quantity})
        self._items[item_id] = updated
        return updated

    def delete(self, item_id: int) -> bool:
        return self._items.pop(item_id, None) is not None


def get_store(request: Request) -> InventoryStore:
    """Dependency: the store of the application serving the request."""
    store: InventoryStore = request.app.state.store
    return store


def require_token(request: Request, x_api_token: Annotated[str | None, Header()] = None) -> None:
    """Dependency: refuse the request unless ``X-Api-Token`` is the app's token."""
    expected: str = request.app.state.api_token
    given = (x_api_token or "").encode()  # bytes: compare_digest refuses non-ASCII str
    if x_api_token is None or not secrets.compare_digest(given, expected.encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="missing or bad api token")


StoreDep = Annotated[InventoryStore, Depends(get_store)]
WRITER = [Depends(require_token)]


def _found(store: InventoryStore, item_id: int) -> Item:
    item = store.get(item_id)
    if item is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"item {item_id} not found")
    return item


def create_app(store: InventoryStore | None = None, *, api_token: str = "dev-token") -> FastAPI:
    """A fresh application around ``store``; writes need the ``X-Api-Token`` header."""
    app = FastAPI(title="Inventory")
    app.state.store = store if store is not None else InventoryStore()
    app.state.api_token = api_token

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/items", status_code=status.HTTP_201_CREATED, dependencies=WRITER)
    def create_item(data: ItemIn, store: StoreDep) -> Item:
        try:
            return store.add(data)
        except ValueError as error:
            raise HTTPException(status.HTTP_409_CONFLICT, detail=str(error)) from error

    @app.get("/items")
    def list_items(store: StoreDep, min_quantity: Annotated[int, Query(ge=0)] = 0) -> list[Item]:
        return store.list(min_quantity)

    @app.get("/items/{item_id}")
    def read_item(item_id: int, store: StoreDep) -> Item:
        return _found(store, item_id)

    @app.post("/items/{item_id}/stock", dependencies=WRITER)
    def change_stock(item_id: int, change: StockChange, store: StoreDep) -> Item:
        _found(store, item_id)
        try:
            return store.adjust(item_id, change.delta)
        except ValueError as error:
            raise HTTPException(status.HTTP_409_CONFLICT, detail=str(error)) from error

    @app.delete("/items/{item_id}", status_code=status.HTTP_204_NO_CONTENT, dependencies=WRITER)
    def delete_item(item_id: int, store: StoreDep) -> None:
        if not store.delete(item_id):
            raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"item {item_id} not found")

    return app
