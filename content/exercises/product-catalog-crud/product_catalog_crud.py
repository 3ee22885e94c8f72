"""A product catalogue API with FastAPI, SQLAlchemy 2 and pydantic (see the instructions)."""

from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Task 1: the other mapped columns and the in_stock property.


class ProductIn(BaseModel):
    pass


class ProductPatch(BaseModel):
    pass


class ProductOut(BaseModel):
    pass


class Page(BaseModel):
    pass


def to_out(product: Product) -> ProductOut:
    raise NotImplementedError


def create_app(database_url: str = "sqlite://") -> FastAPI:
    raise NotImplementedError
