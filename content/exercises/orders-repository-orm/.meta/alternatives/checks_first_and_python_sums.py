"""A different route: explicit transactions with ``session.begin()`` blocks, lines validated
before anything is added, the duplicate e-mail found by a query instead of the integrity
error, revenue summed in Python over relationships, and the ranking sorted in Python with
a ``(-sold, sku)`` key."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, ForeignKey, String, create_engine, func, select
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    relationship,
    selectinload,
)


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    orders: Mapped[list[Order]] = relationship(back_populates="customer", order_by="Order.id")


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    status: Mapped[str] = mapped_column(String(16), default="open")
    customer: Mapped[Customer] = relationship(back_populates="orders")
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan"
    )


class OrderLine(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    sku: Mapped[str] = mapped_column(String(32))
    quantity: Mapped[int]
    unit_price_cents: Mapped[int]
    order: Mapped[Order] = relationship(back_populates="lines")


@dataclass(frozen=True, slots=True)
class LineItem:
    sku: str
    quantity: int
    unit_price_cents: int


def make_engine(url: str = "sqlite://") -> Engine:
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    return engine


class OrderRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add_customer(self, email: str) -> int:
        normalised = email.strip().lower()
        with Session(self._engine) as session, session.begin():
            taken = session.scalar(select(Customer.id).where(Customer.email == normalised))
            if taken is not None:
                raise ValueError(f"{normalised} is already a customer")
            customer = Customer(email=normalised)
            session.add(customer)
            session.flush()
            return customer.id

    def place_order(self, customer_id: int, items: Sequence[LineItem]) -> int:
        if len(items) == 0:
            raise ValueError("empty order")
        with Session(self._engine) as session, session.begin():
            if session.get(Customer, customer_id) is None:
                raise LookupError(customer_id)
            for item in items:
                if item.quantity < 1 or item.unit_price_cents < 0:
                    raise ValueError(f"bad line: {item!r}")
            order = Order(customer_id=customer_id, status="open")
            order.lines = [
                OrderLine(sku=i.sku, quantity=i.quantity, unit_price_cents=i.unit_price_cents)
                for i in items
            ]
            session.add(order)
            session.flush()
            return order.id

    def cancel(self, order_id: int) -> None:
        with Session(self._engine) as session, session.begin():
            order = session.get(Order, order_id)
            if order is None:
                raise LookupError(order_id)
            if order.status == "cancelled":
                raise ValueError(f"order {order_id}: already cancelled")
            order.status = "cancelled"

    def order_total(self, order_id: int) -> int:
        with Session(self._engine) as session:
            if session.get(Order, order_id) is None:
                raise LookupError(order_id)
            total = session.scalar(
                select(
                    func.coalesce(func.sum(OrderLine.quantity * OrderLine.unit_price_cents), 0)
                ).where(OrderLine.order_id == order_id)
            )
            return int(total or 0)

    def order_ids(self, customer_id: int, status: str | None = None) -> list[int]:
        with Session(self._engine) as session:
            ids = session.scalars(
                select(Order.id).where(Order.customer_id == customer_id).order_by(Order.id.asc())
            ).all()
            if status is None:
                return list(ids)
            return [i for i in ids if session.get_one(Order, i).status == status]

    def revenue_by_customer(self) -> dict[str, int]:
        revenue: dict[str, int] = {}
        with Session(self._engine) as session:
            query = select(Customer).options(
                selectinload(Customer.orders).selectinload(Order.lines)
            )
            for customer in session.scalars(query):
                revenue[customer.email] = sum(
                    line.quantity * line.unit_price_cents
                    for order in customer.orders
                    if order.status != "cancelled"
                    for line in order.lines
                )
        return revenue

    def top_skus(self, limit: int) -> list[tuple[str, int]]:
        if not limit >= 1:
            raise ValueError(f"limit must be at least 1, got {limit}")
        sold: defaultdict[str, int] = defaultdict(int)
        with Session(self._engine) as session:
            rows = session.execute(
                select(OrderLine.sku, OrderLine.quantity)
                .join(Order)
                .where(Order.status != "cancelled")
            )
            for sku, quantity in rows:
                sold[sku] += quantity
        return sorted(sold.items(), key=lambda pair: (-pair[1], pair[0]))[:limit]
