import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from orders_repository_orm import (
    Customer,
    LineItem,
    Order,
    OrderLine,
    OrderRepository,
    make_engine,
)

MUG = LineItem("MUG", 2, 1250)
TEE = LineItem("TEE", 1, 1999)


@pytest.fixture
def engine() -> Engine:
    return make_engine()


@pytest.fixture
def repo(engine: Engine) -> OrderRepository:
    return OrderRepository(engine)


def count(engine: Engine, model: type[Customer] | type[Order] | type[OrderLine]) -> int:
    with Session(engine) as session:
        return session.scalars(select(func.count()).select_from(model)).one()


@pytest.mark.task(taskno=1)
def test_schema_maps_customers_orders_and_lines(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        session.add(
            Customer(
                email="ana@shop.io",
                orders=[Order(lines=[OrderLine(sku="MUG", quantity=2, unit_price_cents=1250)])],
            )
        )
    with Session(engine) as session:
        customer = session.scalars(select(Customer)).one()
        order = customer.orders[0]
        assert order.status == "open", "new orders default to status 'open'"
        assert order.customer is customer, "the relationship works in both directions"
        assert [(line.sku, line.quantity, line.unit_price_cents) for line in order.lines] == [
            ("MUG", 2, 1250)
        ]
        assert order.lines[0].order_id == order.id


@pytest.mark.task(taskno=2)
def test_add_customer_returns_ids_and_normalises_email(
    repo: OrderRepository, engine: Engine
) -> None:
    first = repo.add_customer("  Ana@Shop.IO ")
    second = repo.add_customer("bo@shop.io")
    assert isinstance(first, int)
    assert second == first + 1, "ids are assigned by the database, in order"
    with Session(engine) as session:
        emails = session.scalars(select(Customer.email).order_by(Customer.id)).all()
    assert emails == ["ana@shop.io", "bo@shop.io"], f"stored stripped and lower-cased: {emails}"


@pytest.mark.task(taskno=2)
def test_duplicate_email_is_a_value_error_and_the_repository_stays_usable(
    repo: OrderRepository, engine: Engine
) -> None:
    repo.add_customer("ana@shop.io")
    with pytest.raises(ValueError, match="already"):
        repo.add_customer("ANA@shop.io")
    with pytest.raises(ValueError, match="already"):
        repo.add_customer("\tana@shop.io\u00a0")
    assert count(engine, Customer) == 1, "the failed insert was rolled back"
    assert isinstance(repo.add_customer("bo@shop.io"), int), "later transactions still work"


@pytest.mark.task(taskno=2)
def test_place_order_stores_the_order_with_its_lines(repo: OrderRepository, engine: Engine) -> None:
    ana = repo.add_customer("ana@shop.io")
    order_id = repo.place_order(ana, [MUG, TEE])
    assert isinstance(order_id, int)
    with Session(engine) as session:
        order = session.get(Order, order_id)
        assert order is not None
        assert order.customer.email == "ana@shop.io"
        assert sorted(line.sku for line in order.lines) == ["MUG", "TEE"]


@pytest.mark.task(taskno=2)
def test_place_order_boundaries_quantity_one_and_free_items(repo: OrderRepository) -> None:
    ana = repo.add_customer("ana@shop.io")
    order_id = repo.place_order(ana, [LineItem("GIFT", 1, 0)])
    assert repo.order_total(order_id) == 0, "one free item is a valid order"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("bad", [LineItem("MUG", 0, 1250), LineItem("MUG", 1, -1)])
def test_a_bad_line_rolls_back_the_whole_order(
    repo: OrderRepository, engine: Engine, bad: LineItem
) -> None:
    ana = repo.add_customer("ana@shop.io")
    with pytest.raises(ValueError):
        repo.place_order(ana, [MUG, bad])
    assert count(engine, Order) == 0, "no order may survive a failed transaction"
    assert count(engine, OrderLine) == 0, "no line either, not even the valid first one"


@pytest.mark.task(taskno=2)
def test_place_order_rejects_empty_orders_and_unknown_customers(
    repo: OrderRepository, engine: Engine
) -> None:
    ana = repo.add_customer("ana@shop.io")
    with pytest.raises(ValueError):
        repo.place_order(ana, [])
    with pytest.raises(LookupError):
        repo.place_order(ana + 99, [MUG])
    assert count(engine, Order) == 0


@pytest.mark.task(taskno=3)
def test_order_total_multiplies_quantity_by_unit_price(repo: OrderRepository) -> None:
    ana = repo.add_customer("ana@shop.io")
    order_id = repo.place_order(ana, [MUG, TEE, LineItem("PEN", 3, 99)])
    got = repo.order_total(order_id)
    assert got == 2 * 1250 + 1999 + 3 * 99, f"sum of quantity x price in cents, got {got}"
    with pytest.raises(LookupError):
        repo.order_total(order_id + 1)


@pytest.mark.task(taskno=3)
def test_cancel_changes_status_once(repo: OrderRepository) -> None:
    ana = repo.add_customer("ana@shop.io")
    first = repo.place_order(ana, [MUG])
    second = repo.place_order(ana, [TEE])
    repo.cancel(first)
    assert repo.order_ids(ana) == [first, second], "oldest first, whatever the status"
    assert repo.order_ids(ana, status="open") == [second]
    assert repo.order_ids(ana, status="cancelled") == [first]
    with pytest.raises(ValueError, match="already"):
        repo.cancel(first)
    with pytest.raises(LookupError):
        repo.cancel(second + 1)


@pytest.mark.task(taskno=3)
def test_an_empty_status_is_a_filter_too(repo: OrderRepository) -> None:
    ana = repo.add_customer("ana@shop.io")
    repo.place_order(ana, [MUG])
    assert repo.order_ids(ana, status="") == [], "no order has the status '' (only None means all)"


@pytest.mark.task(taskno=3)
def test_order_ids_of_a_customer_without_orders_is_empty(repo: OrderRepository) -> None:
    ana = repo.add_customer("ana@shop.io")
    bo = repo.add_customer("bo@shop.io")
    repo.place_order(bo, [MUG])
    assert repo.order_ids(ana) == []


@pytest.mark.task(taskno=3)
def test_revenue_by_customer_skips_cancelled_orders_and_keeps_idle_customers(
    repo: OrderRepository,
) -> None:
    ana = repo.add_customer("ana@shop.io")
    bo = repo.add_customer("bo@shop.io")
    repo.add_customer("cy@shop.io")
    repo.place_order(ana, [MUG, TEE])
    repo.place_order(ana, [LineItem("PEN", 4, 99)])
    cancelled = repo.place_order(bo, [LineItem("MUG", 3, 1250)])
    repo.cancel(cancelled)
    got = repo.revenue_by_customer()
    want = {"ana@shop.io": 2500 + 1999 + 396, "bo@shop.io": 0, "cy@shop.io": 0}
    assert got == want, f"cancelled orders earn nothing; customers without orders show 0: {got}"


@pytest.mark.task(taskno=3)
def test_revenue_of_an_empty_shop_is_empty(repo: OrderRepository) -> None:
    assert repo.revenue_by_customer() == {}


@pytest.mark.task(taskno=3)
def test_top_skus_by_quantity_with_ties_broken_by_sku(repo: OrderRepository) -> None:
    ana = repo.add_customer("ana@shop.io")
    repo.place_order(ana, [LineItem("TEE", 2, 1999), LineItem("CAP", 2, 900)])
    repo.place_order(ana, [LineItem("MUG", 1, 1250), LineItem("TEE", 1, 1999)])
    dropped = repo.place_order(ana, [LineItem("PEN", 50, 99)])
    repo.cancel(dropped)
    assert repo.top_skus(10) == [("TEE", 3), ("CAP", 2), ("MUG", 1)], "cancelled PEN excluded"
    assert repo.top_skus(2) == [("TEE", 3), ("CAP", 2)]
    assert repo.top_skus(1) == [("TEE", 3)], "a limit of 1 is allowed"


@pytest.mark.task(taskno=3)
def test_top_skus_breaks_a_real_tie_by_sku_whatever_the_order_of_sale(
    repo: OrderRepository,
) -> None:
    ana = repo.add_customer("ana@shop.io")
    for sku in ("ZIP", "mug", "CAP", "Mug"):  # sold in neither alphabetical order
        repo.place_order(ana, [LineItem(sku, 2, 100)])
    repo.place_order(ana, [LineItem("TEE", 5, 100)])
    got = repo.top_skus(10)
    assert got == [("TEE", 5), ("CAP", 2), ("Mug", 2), ("ZIP", 2), ("mug", 2)], (
        f"equal quantities are ordered by SKU, as sorted() orders strings: {got}"
    )


@pytest.mark.task(taskno=3)
def test_top_skus_rejects_a_limit_below_one(repo: OrderRepository) -> None:
    with pytest.raises(ValueError):
        repo.top_skus(0)


@pytest.mark.task(taskno=1)
def test_column_types_and_lengths_are_declared() -> None:
    columns = {
        (table, column.name): (type(column.type).__name__, getattr(column.type, "length", None))
        for table, mapped in (("customers", Customer), ("orders", Order), ("lines", OrderLine))
        for column in mapped.__table__.columns
    }
    assert columns[("customers", "email")] == ("String", 254), (
        "SQLite ignores lengths; declare them"
    )
    assert columns[("orders", "status")] == ("String", 16)
    assert columns[("lines", "sku")] == ("String", 32)
    assert columns[("lines", "quantity")] == ("Integer", None)
    assert Customer.__table__.c.email.unique is True, "one customer per e-mail address"
