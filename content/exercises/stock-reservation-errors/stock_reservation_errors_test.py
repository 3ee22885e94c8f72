import pytest
from stock_reservation_errors import (
    OutOfStockError,
    StockError,
    UnknownProductError,
    reserve,
    reserve_order,
    try_reserve,
)


@pytest.mark.task(taskno=1)
def test_the_errors_form_a_family() -> None:
    assert issubclass(StockError, Exception), "StockError is an Exception"
    assert issubclass(UnknownProductError, StockError), "UnknownProductError is a StockError"
    assert issubclass(OutOfStockError, StockError), "OutOfStockError is a StockError"


@pytest.mark.task(taskno=1)
def test_the_errors_carry_data_and_a_message() -> None:
    err = OutOfStockError("MUG-1", 5, 2)
    assert (err.sku, err.requested, err.available) == ("MUG-1", 5, 2), "the three values"
    assert str(err) == "only 2 of MUG-1 left, 5 requested", f"message: {str(err)!r}"
    unknown = UnknownProductError("CAP-9")
    assert unknown.sku == "CAP-9", "the SKU is stored"
    assert str(unknown) == "unknown product 'CAP-9'", f"message: {str(unknown)!r}"


@pytest.mark.task(taskno=2)
def test_reserve_takes_units_out() -> None:
    stock = {"MUG-1": 5, "CAP-9": 1}
    assert reserve(stock, "MUG-1", 2) == 3, "5 - 2 = 3 left"
    assert reserve(stock, "CAP-9", 1) == 0, "the last cap"
    assert stock == {"MUG-1": 3, "CAP-9": 0}, f"stock afterwards: {stock}"


@pytest.mark.task(taskno=2)
def test_reserve_raises_and_changes_nothing() -> None:
    stock = {"MUG-1": 2}
    with pytest.raises(OutOfStockError) as caught:
        reserve(stock, "MUG-1", 5)
    assert (caught.value.requested, caught.value.available) == (5, 2), "5 asked, 2 left"
    with pytest.raises(UnknownProductError):
        reserve(stock, "CAP-9", 1)
    with pytest.raises(ValueError, match="quantity must be at least 1"):
        reserve(stock, "CAP-9", 0)
    assert stock == {"MUG-1": 2}, f"a failed reservation must not change the stock: {stock}"


@pytest.mark.task(taskno=3)
def test_reserve_order_reserves_every_line() -> None:
    stock = {"MUG-1": 5, "CAP-9": 3}
    assert reserve_order(stock, [("MUG-1", 2), ("CAP-9", 3), ("MUG-1", 1)]) == 6, "6 units"
    assert stock == {"MUG-1": 2, "CAP-9": 0}, f"stock afterwards: {stock}"


@pytest.mark.task(taskno=3)
def test_reserve_order_is_all_or_nothing() -> None:
    stock = {"MUG-1": 5, "CAP-9": 3}
    with pytest.raises(OutOfStockError) as caught:
        reserve_order(stock, [("MUG-1", 2), ("CAP-9", 1), ("CAP-9", 5)])
    assert str(caught.value) == "only 2 of CAP-9 left, 5 requested", "the same error, re-raised"
    assert stock == {"MUG-1": 5, "CAP-9": 3}, f"every reserved unit is given back: {stock}"
    with pytest.raises(UnknownProductError):
        reserve_order(stock, [("MUG-1", 1), ("HAT-0", 1)])
    assert stock == {"MUG-1": 5, "CAP-9": 3}, f"given back after an unknown product: {stock}"


@pytest.mark.task(taskno=4)
def test_try_reserve_turns_errors_into_answers() -> None:
    stock = {"MUG-1": 2}
    assert try_reserve(stock, "MUG-1", 5) == "backorder 3 x MUG-1", "3 units are missing"
    assert try_reserve(stock, "CAP-9", 1) == "unknown product", "no such product"
    assert try_reserve(stock, "MUG-1", 2) == "reserved", "exactly what is left"
    assert stock == {"MUG-1": 0}, f"only the successful reservation counts: {stock}"
    with pytest.raises(ValueError):
        try_reserve(stock, "MUG-1", -1)
