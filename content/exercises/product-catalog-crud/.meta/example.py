"""A product catalogue API: SQLAlchemy 2 ORM rows exposed through pydantic models
(``from_attributes``) by a FastAPI CRUD application."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator
from sqlalchemy import Engine, String, create_engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.pool import StaticPool

__all__ = [
    "Base",
    "Page",
    "Product",
    "ProductIn",
    "ProductOut",
    "ProductPatch",
    "create_app",
    "to_out",
]


class Base(DeclarativeBase):
    """Declarative base of the catalogue schema."""


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    category: Mapped[str] = mapped_column(String(40))
    price_cents: Mapped[int]
    stock: Mapped[int] = mapped_column(default=0)

    def __init__(self, **fields: object) -> None:
        # The column default only applies at INSERT; an unsaved product has stock 0 too.
        fields.setdefault("stock", 0)
        super().__init__(**fields)

    @property
    def in_stock(self) -> bool:
        return self.stock > 0


Sku = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9-]{2,31}$")]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
Category = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,39}$")]
Cents = Annotated[int, Field(ge=0)]


class ProductIn(BaseModel):
    """A new product, as the client sends it."""

    model_config = ConfigDict(extra="forbid")

    sku: Sku
    name: Name
    category: Category
    price_cents: Cents
    stock: Cents = 0


class ProductPatch(BaseModel):
    """Some fields of a product; a field given as ``null`` is invalid."""

    model_config = ConfigDict(extra="forbid")

    sku: Sku | None = None
    name: Name | None = None
    category: Category | None = None
    price_cents: Cents | None = None
    stock: Cents | None = None

    @field_validator("*")
    @classmethod
    def _not_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("may be left out but not null")
        return value


class ProductOut(BaseModel):
    """A stored product, read from the ORM object's attributes."""

    model_config = ConfigDict(from_attributes=True)

    id: int | None
    sku: str
    name: str
    category: str
    price_cents: int
    stock: int
    in_stock: bool


class Page(BaseModel):
    items: list[ProductOut]
    total: int
    limit: int
    offset: int


class SortKey(StrEnum):
    id = "id"
    name = "name"
    price = "price"
    price_desc = "-price"
    newest = "newest"


_ORDER = {
    SortKey.id: (Product.id,),
    SortKey.name: (Product.name, Product.id),
    SortKey.price: (Product.price_cents, Product.id),
    SortKey.price_desc: (Product.price_cents.desc(), Product.id),
    SortKey.newest: (Product.id.desc(),),
}


def to_out(product: Product) -> ProductOut:
    """The API's view of an ORM product."""
    return ProductOut.model_validate(product)


def _engine(database_url: str) -> Engine:
    if database_url in ("sqlite://", "sqlite:///:memory:"):
        # One shared connection: the tables live in it, whichever thread asks.
        return create_engine(
            database_url, connect_args={"check_same_thread": False}, poolclass=StaticPool
        )
    return create_engine(database_url)


def _found(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise HTTPException(status_code=404, detail=f"product {product_id} not found")
    return product


def _commit(session: Session, sku: str) -> None:
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise HTTPException(status_code=409, detail=f"sku {sku} already exists") from None


def get_session(request: Request) -> Iterator[Session]:
    """One session per request, from the application's own session factory."""
    with request.app.state.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
router = APIRouter(prefix="/products")


@router.post("", status_code=201)
def create_product(data: ProductIn, session: SessionDep) -> ProductOut:
    product = Product(**data.model_dump())
    session.add(product)
    _commit(session, data.sku)
    return to_out(product)


@router.get("/{product_id}")
def read_product(product_id: int, session: SessionDep) -> ProductOut:
    return to_out(_found(session, product_id))


@router.patch("/{product_id}")
def update_product(product_id: int, data: ProductPatch, session: SessionDep) -> ProductOut:
    product = _found(session, product_id)
    changes = data.model_dump(exclude_unset=True)
    for field, value in changes.items():
        setattr(product, field, value)
    _commit(session, changes.get("sku", product.sku))
    return to_out(product)


@router.delete("/{product_id}", status_code=204)
def delete_product(product_id: int, session: SessionDep) -> Response:
    session.delete(_found(session, product_id))
    session.commit()
    return Response(status_code=204)


@router.get("")
def list_products(
    session: SessionDep,
    category: str | None = None,
    q: str | None = None,
    min_price: Annotated[int | None, Query(ge=0)] = None,
    max_price: Annotated[int | None, Query(ge=0)] = None,
    in_stock: bool | None = None,
    sort: SortKey = SortKey.id,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Page:
    query = select(Product)
    if category is not None:
        query = query.where(Product.category == category)
    if q:
        query = query.where(Product.name.icontains(q, autoescape=True))
    if min_price is not None:
        query = query.where(Product.price_cents >= min_price)
    if max_price is not None:
        query = query.where(Product.price_cents <= max_price)
    if in_stock is not None:
        query = query.where(Product.stock > 0 if in_stock else Product.stock == 0)
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    page = session.scalars(query.order_by(*_ORDER[sort]).limit(limit).offset(offset))
    return Page(items=[to_out(p) for p in page], total=total or 0, limit=limit, offset=offset)


def create_app(database_url: str = "sqlite://") -> FastAPI:
    """A catalogue application with its own engine and tables."""
    engine = _engine(database_url)
    Base.metadata.create_all(engine)
    app = FastAPI(title="Catalogue")
    app.state.sessions = sessionmaker(engine, expire_on_commit=False)
    app.include_router(router)
    return app
