"""``ProductPatch`` does not forbid unknown fields: ``{"price": 5}`` is a ``200`` changing nothing.

The instructions reject unknown fields in a patch as in a new product. The visible tests
catch it; so does the sealed set.

A product catalogue API with FastAPI, SQLAlchemy 2 and pydantic (see the instructions)."""

from collections.abc import Iterator
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Response
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy import String, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    category: Mapped[str] = mapped_column(String(40))
    price_cents: Mapped[int]
    stock: Mapped[int] = mapped_column(default=0)

    def __init__(self, **kwargs):
        kwargs.setdefault("stock", 0)
        super().__init__(**kwargs)

    @property
    def in_stock(self) -> bool:
        return (self.stock or 0) > 0


Sku = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9-]{2,31}$")]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
Category = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,39}$")]
NonNegInt = Annotated[int, Field(ge=0)]


class ProductIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sku: Sku
    name: Name
    category: Category
    price_cents: NonNegInt
    stock: NonNegInt = 0


class ProductPatch(BaseModel):
    sku: Sku = None  # type: ignore[assignment]
    name: Name = None  # type: ignore[assignment]
    category: Category = None  # type: ignore[assignment]
    price_cents: NonNegInt = None  # type: ignore[assignment]
    stock: NonNegInt = None  # type: ignore[assignment]


class ProductOut(BaseModel):
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


def to_out(product: Product) -> ProductOut:
    return ProductOut.model_validate(product)


SORTS = {
    "id": lambda: [Product.id.asc()],
    "name": lambda: [Product.name.asc(), Product.id.asc()],
    "price": lambda: [Product.price_cents.asc(), Product.id.asc()],
    "-price": lambda: [Product.price_cents.desc(), Product.id.asc()],
    "newest": lambda: [Product.id.desc()],
}


def create_app(database_url: str = "sqlite://") -> FastAPI:
    kwargs: dict = {}
    if database_url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False}
        if database_url in ("sqlite://", "sqlite:///:memory:") or ":memory:" in database_url:
            kwargs["poolclass"] = StaticPool
    engine = create_engine(database_url, **kwargs)
    Base.metadata.create_all(engine)
    SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)

    app = FastAPI(title="Product catalogue")
    app.state.engine = engine

    def get_session() -> Iterator[Session]:
        with SessionLocal() as session:
            yield session

    SessionDep = Annotated[Session, Depends(get_session)]

    def _get_or_404(session: Session, product_id: int) -> Product:
        product = session.get(Product, product_id)
        if product is None:
            raise HTTPException(status_code=404, detail=f"product {product_id} not found")
        return product

    def _sku_taken(session: Session, sku: str, exclude_id: int | None = None) -> bool:
        stmt = select(Product.id).where(Product.sku == sku)
        if exclude_id is not None:
            stmt = stmt.where(Product.id != exclude_id)
        return session.scalar(stmt) is not None

    @app.post("/products", status_code=201, response_model=ProductOut)
    def create_product(body: ProductIn, session: SessionDep) -> ProductOut:
        if _sku_taken(session, body.sku):
            raise HTTPException(status_code=409, detail=f"sku {body.sku} already exists")
        product = Product(**body.model_dump())
        session.add(product)
        session.commit()
        return to_out(product)

    @app.get("/products", response_model=Page)
    def list_products(
        session: SessionDep,
        category: str | None = None,
        in_stock: bool | None = None,
        min_price: Annotated[int | None, Query(ge=0)] = None,
        max_price: Annotated[int | None, Query(ge=0)] = None,
        q: str | None = None,
        sort: Literal["id", "name", "price", "-price", "newest"] = "id",
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> Page:
        conditions = []
        if category is not None:
            conditions.append(Product.category == category)
        if in_stock is not None:
            conditions.append(Product.stock > 0 if in_stock else Product.stock == 0)
        if min_price is not None:
            conditions.append(Product.price_cents >= min_price)
        if max_price is not None:
            conditions.append(Product.price_cents <= max_price)
        if q:
            conditions.append(Product.name.contains(q, autoescape=True))
        total = session.scalar(select(func.count()).select_from(Product).where(*conditions))
        stmt = (
            select(Product).where(*conditions).order_by(*SORTS[sort]()).limit(limit).offset(offset)
        )
        items = [to_out(p) for p in session.scalars(stmt)]
        return Page(items=items, total=total or 0, limit=limit, offset=offset)

    @app.get("/products/{product_id}", response_model=ProductOut)
    def read_product(product_id: int, session: SessionDep) -> ProductOut:
        return to_out(_get_or_404(session, product_id))

    @app.patch("/products/{product_id}", response_model=ProductOut)
    def update_product(product_id: int, body: ProductPatch, session: SessionDep) -> ProductOut:
        product = _get_or_404(session, product_id)
        changes = body.model_dump(exclude_unset=True)
        if "sku" in changes and _sku_taken(session, changes["sku"], exclude_id=product_id):
            raise HTTPException(status_code=409, detail=f"sku {changes['sku']} already exists")
        for key, value in changes.items():
            setattr(product, key, value)
        session.commit()
        return to_out(product)

    @app.delete("/products/{product_id}", status_code=204)
    def delete_product(product_id: int, session: SessionDep) -> Response:
        product = _get_or_404(session, product_id)
        session.delete(product)
        session.commit()
        return Response(status_code=204)

    return app
