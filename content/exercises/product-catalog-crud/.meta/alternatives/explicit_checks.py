"""Checks SKUs with a query before writing, computes ``in_stock`` in the model, and builds
the app's routes inside the factory around a session factory it closes over.

No ``IntegrityError`` handling (a SELECT finds the clash first), ``in_stock`` as a
``computed_field`` of ``ProductOut``, ``Literal`` sort keys and ``model_dump`` of the
patch without the unset fields, null refused by a model validator, and the unsaved
product's ``stock`` of 0 set by an ORM ``init`` event instead of ``__init__``.
"""

from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, status
from fastapi.responses import Response
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    computed_field,
    model_validator,
)
from sqlalchemy import Integer, String, create_engine, event, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    category: Mapped[str] = mapped_column(String(40))
    price_cents: Mapped[int] = mapped_column(Integer)
    stock: Mapped[int] = mapped_column(Integer, default=0)

    @property
    def in_stock(self) -> bool:
        return self.stock > 0


@event.listens_for(Product, "init")
def _stock_defaults_to_zero(target: Product, args: Any, kwargs: dict[str, Any]) -> None:
    kwargs.setdefault("stock", 0)


Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
SKU = r"^[A-Z0-9][A-Z0-9-]*$"
CATEGORY = r"^[a-z][a-z0-9-]*$"


class ProductIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sku: str = Field(pattern=SKU, min_length=3, max_length=32)
    name: Name
    category: str = Field(pattern=CATEGORY, min_length=1, max_length=40)
    price_cents: int = Field(ge=0)
    stock: int = Field(default=0, ge=0)


class ProductPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sku: str | None = Field(default=None, pattern=SKU, min_length=3, max_length=32)
    name: Name | None = None
    category: str | None = Field(default=None, pattern=CATEGORY, min_length=1, max_length=40)
    price_cents: int | None = Field(default=None, ge=0)
    stock: int | None = Field(default=None, ge=0)

    @model_validator(mode="before")
    @classmethod
    def no_nulls(cls, data: Any) -> Any:
        if isinstance(data, dict) and any(value is None for value in data.values()):
            raise ValueError("null is not a value")
        return data


class ProductOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int | None = None
    sku: str
    name: str
    category: str
    price_cents: int
    stock: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def in_stock(self) -> bool:
        return self.stock > 0


class Page(BaseModel):
    items: list[ProductOut]
    total: int
    limit: int
    offset: int


def to_out(product: Product) -> ProductOut:
    return ProductOut.model_validate(product, from_attributes=True)


def create_app(database_url: str = "sqlite://") -> FastAPI:
    if database_url.rstrip("/") == "sqlite:" or database_url.endswith(":memory:"):
        engine = create_engine(
            database_url, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        engine = create_engine(database_url)
    Base.metadata.create_all(engine)
    factory = sessionmaker(bind=engine)
    app = FastAPI()

    def db() -> Iterator[Session]:
        session = factory()
        try:
            yield session
        finally:
            session.close()

    def load(session: Session, product_id: int) -> Product:
        found = session.scalars(select(Product).where(Product.id == product_id)).first()
        if not found:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"product {product_id} not found")
        return found

    def ensure_free(session: Session, sku: str, owner: int | None) -> None:
        holder = session.scalars(select(Product.id).where(Product.sku == sku)).first()
        if holder is not None and holder != owner:
            raise HTTPException(status.HTTP_409_CONFLICT, f"sku {sku} already exists")

    @app.post("/products", status_code=201, response_model=ProductOut)
    def create(body: ProductIn, session: Session = Depends(db)) -> ProductOut:  # noqa: B008
        ensure_free(session, body.sku, None)
        row = Product(**body.model_dump())
        session.add(row)
        session.commit()
        session.refresh(row)
        return to_out(row)

    @app.get("/products/{product_id}", response_model=ProductOut)
    def read(product_id: int, session: Session = Depends(db)) -> ProductOut:  # noqa: B008
        return to_out(load(session, product_id))

    @app.patch("/products/{product_id}", response_model=ProductOut)
    def patch(
        product_id: int,
        body: ProductPatch,
        session: Session = Depends(db),  # noqa: B008
    ) -> ProductOut:
        row = load(session, product_id)
        given = body.model_dump(exclude_unset=True)
        if "sku" in given:
            ensure_free(session, given["sku"], product_id)
        for key in given:
            setattr(row, key, given[key])
        session.commit()
        session.refresh(row)
        return to_out(row)

    @app.delete("/products/{product_id}", status_code=204)
    def remove(product_id: int, session: Session = Depends(db)) -> Response:  # noqa: B008
        session.delete(load(session, product_id))
        session.commit()
        return Response(status_code=204)

    @app.get("/products", response_model=Page)
    def search(
        category: str | None = None,
        q: str = "",
        min_price: int | None = Query(None, ge=0),
        max_price: int | None = Query(None, ge=0),
        in_stock: bool | None = None,
        sort: Literal["id", "name", "price", "-price", "newest"] = "id",
        limit: int = Query(20, ge=1, le=100),
        offset: int = Query(0, ge=0),
        session: Session = Depends(db),  # noqa: B008
    ) -> Page:
        conditions = []
        if category is not None:
            conditions.append(Product.category == category)
        if q:
            escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            # SQLite's LIKE ignores the case of ASCII letters, and only of those.
            conditions.append(Product.name.like(f"%{escaped}%", escape="\\"))
        if min_price is not None:
            conditions.append(Product.price_cents >= min_price)
        if max_price is not None:
            conditions.append(Product.price_cents <= max_price)
        if in_stock is True:
            conditions.append(Product.stock > 0)
        elif in_stock is False:
            conditions.append(Product.stock == 0)
        total = session.scalar(select(func.count(Product.id)).where(*conditions))
        order = {
            "id": [Product.id.asc()],
            "name": [Product.name.asc(), Product.id.asc()],
            "price": [Product.price_cents.asc(), Product.id.asc()],
            "-price": [Product.price_cents.desc(), Product.id.asc()],
            "newest": [Product.id.desc()],
        }[sort]
        rows = session.scalars(
            select(Product).where(*conditions).order_by(*order).offset(offset).limit(limit)
        ).all()
        return Page(items=[to_out(r) for r in rows], total=total, limit=limit, offset=offset)

    return app
