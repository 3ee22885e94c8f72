"""Ranks SKUs in Python with ``Counter.most_common``.

The quantities are right and cancelled orders are left out, but ``most_common`` keeps
equal counts in the order the SKUs were first seen, not by SKU. The visible ranking had
no tie; the visible test with a tie catches it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, ForeignKey, String, create_engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, sessionmaker

__all__ = [
    "Base",
    "Customer",
    "LineItem",
    "Order",
    "OrderLine",
    "OrderRepository",
    "make_engine",
]


class Base(DeclarativeBase):
    """Declarative base of the orders schema."""


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
    """One line of an order request."""

    sku: str
    quantity: int
    unit_price_cents: int


def make_engine(url: str = "sqlite://") -> Engine:
    """An engine with the schema created (in memory by default)."""
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    return engine


class OrderRepository:
    """Each public method runs in its own transaction: all or nothing."""

    def __init__(self, engine: Engine) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def add_customer(self, email: str) -> int:
        """Store a customer (e-mail stripped and lower-cased); ``ValueError`` if taken."""
        try:
            with self._sessions.begin() as session:
                customer = Customer(email=email.strip().lower())
                session.add(customer)
                session.flush()
                return customer.id
        except IntegrityError as error:
            raise ValueError(f"email already registered: {email!r}") from error

    def place_order(self, customer_id: int, items: Sequence[LineItem]) -> int:
        """Create an open order with its lines and return its id."""
        if not items:
            raise ValueError("an order needs at least one line")
        with self._sessions.begin() as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise LookupError(f"no customer {customer_id}")
            order = Order()
            customer.orders.append(order)
            for item in items:
                if item.quantity < 1 or item.unit_price_cents < 0:
                    raise ValueError(f"invalid line {item}")
                order.lines.append(
                    OrderLine(
                        sku=item.sku,
                        quantity=item.quantity,
                        unit_price_cents=item.unit_price_cents,
                    )
                )
            session.flush()
            return order.id

    def cancel(self, order_id: int) -> None:
        """Mark an open order cancelled; ``ValueError`` if it already is."""
        with self._sessions.begin() as session:
            order = session.get(Order, order_id)
            if order is None:
                raise LookupError(f"no order {order_id}")
            if order.status == "cancelled":
                raise ValueError(f"order {order_id} is already cancelled")
            order.status = "cancelled"

    def order_total(self, order_id: int) -> int:
        """Sum of quantity x unit price over the order's lines, in cents."""
        with self._sessions() as session:
            if session.get(Order, order_id) is None:
                raise LookupError(f"no order {order_id}")
            query = select(func.sum(OrderLine.quantity * OrderLine.unit_price_cents)).where(
                OrderLine.order_id == order_id
            )
            return session.scalars(query).one()

    def order_ids(self, customer_id: int, status: str | None = None) -> list[int]:
        """Ids of a customer's orders, oldest first, optionally of one status."""
        query = select(Order.id).where(Order.customer_id == customer_id).order_by(Order.id)
        if status is not None:
            query = query.where(Order.status == status)
        with self._sessions() as session:
            return list(session.scalars(query))

    def revenue_by_customer(self) -> dict[str, int]:
        """Every customer's e-mail mapped to the cents of their non-cancelled orders."""
        revenue = func.coalesce(func.sum(OrderLine.quantity * OrderLine.unit_price_cents), 0)
        query = (
            select(Customer.email, revenue)
            .outerjoin(Order, (Order.customer_id == Customer.id) & (Order.status != "cancelled"))
            .outerjoin(OrderLine, OrderLine.order_id == Order.id)
            .group_by(Customer.email)
            .order_by(Customer.email)
        )
        with self._sessions() as session:
            return {email: int(cents) for email, cents in session.execute(query)}

    def top_skus(self, limit: int) -> list[tuple[str, int]]:
        """Best-selling SKUs by quantity over non-cancelled orders; ties by SKU."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        query = (
            select(OrderLine.sku, OrderLine.quantity)
            .join(Order, OrderLine.order_id == Order.id)
            .where(Order.status != "cancelled")
            .order_by(OrderLine.id)
        )
        sold: Counter[str] = Counter()
        with self._sessions() as session:
            for sku, quantity in session.execute(query):
                sold[sku] += quantity
        return sold.most_common(limit)
