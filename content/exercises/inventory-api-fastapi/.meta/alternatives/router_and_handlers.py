"""A different route: the routes live on an ``APIRouter`` included by the factory, the
store raises its own ``NotFound``/``Conflict`` exceptions that app-level exception handlers
turn into 404/409 answers, ids come from ``itertools.count`` (drawn only once an item is
accepted), and the token is compared with ``hmac.compare_digest``."""

from __future__ import annotations

import hmac
import itertools
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field


class ItemIn(BaseModel):
    sku: Annotated[str, Field(pattern=r"^[A-Z0-9-]{3,20}$")]
    name: Annotated[str, Field(min_length=1, max_length=80)]
    quantity: Annotated[int, Field(ge=0)]
    price_cents: Annotated[int, Field(ge=0)]


class Item(ItemIn):
    id: int


class StockChange(BaseModel):
    delta: Annotated[int, Field(ge=-10_000, le=10_000)]


class NotFound(LookupError):
    pass


class Conflict(ValueError):
    pass


class InventoryStore:
    def __init__(self) -> None:
        self._by_id: dict[int, Item] = {}
        self._ids = itertools.count(1)

    def add(self, data: ItemIn) -> Item:
        if data.sku in {item.sku for item in self._by_id.values()}:
            raise Conflict(f"sku {data.sku} already exists")
        item = Item(id=next(self._ids), **data.model_dump())
        self._by_id[item.id] = item
        return item

    def get(self, item_id: int) -> Item | None:
        return self._by_id.get(item_id)

    def list(self, min_quantity: int) -> list[Item]:
        return [
            self._by_id[i] for i in sorted(self._by_id) if self._by_id[i].quantity >= min_quantity
        ]

    def require(self, item_id: int) -> Item:
        item = self._by_id.get(item_id)
        if item is None:
            raise NotFound(f"item {item_id} not found")
        return item

    def adjust(self, item_id: int, delta: int) -> Item:
        item = self.require(item_id)
        if item.quantity + delta < 0:
            raise Conflict(f"only {item.quantity} of {item.sku} in stock")
        self._by_id[item_id] = item.model_copy(update={"quantity": item.quantity + delta})
        return self._by_id[item_id]

    def delete(self, item_id: int) -> bool:
        return self._by_id.pop(item_id, None) is not None


def get_store(request: Request) -> InventoryStore:
    store: InventoryStore = request.app.state.store
    return store


def require_token(request: Request, x_api_token: str | None = Header(None)) -> None:
    wanted = str(request.app.state.api_token).encode("utf-8")
    if x_api_token is None or not hmac.compare_digest(x_api_token.encode("utf-8"), wanted):
        raise HTTPException(401, detail="missing or bad api token")


Store = Annotated[InventoryStore, Depends(get_store)]
router = APIRouter()


@router.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.post("/items", status_code=201, dependencies=[Depends(require_token)])
def create_item(data: ItemIn, store: Store) -> Item:
    return store.add(data)


@router.get("/items")
def list_items(store: Store, min_quantity: int = Query(0, ge=0)) -> list[Item]:
    return store.list(min_quantity)


@router.get("/items/{item_id}")
def read_item(item_id: int, store: Store) -> Item:
    return store.require(item_id)


@router.post("/items/{item_id}/stock", dependencies=[Depends(require_token)])
def change_stock(item_id: int, change: StockChange, store: Store) -> Item:
    return store.adjust(item_id, change.delta)


@router.delete("/items/{item_id}", dependencies=[Depends(require_token)])
def delete_item(item_id: int, store: Store) -> Response:
    if not store.delete(item_id):
        raise NotFound(f"item {item_id} not found")
    return Response(status_code=204)


def create_app(store: InventoryStore | None = None, *, api_token: str = "dev-token") -> FastAPI:
    app = FastAPI()
    app.state.store = InventoryStore() if store is None else store
    app.state.api_token = api_token

    @app.exception_handler(NotFound)
    def not_found(request: Request, error: NotFound) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=404)

    @app.exception_handler(Conflict)
    def conflict(request: Request, error: Conflict) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=409)

    app.include_router(router)
    return app
