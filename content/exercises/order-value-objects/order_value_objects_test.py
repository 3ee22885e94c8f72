import dataclasses
from typing import Any

import pytest

from order_value_objects import LineItem, Money, Order, order_total, to_dict, with_quantity


def eur5() -> Money:
    return Money("EUR", 500)


def item(sku: str = "SKU-1", quantity: int = 2, cents: int = 500, cur: str = "EUR") -> LineItem:
    return LineItem(sku, quantity, Money(cur, cents))


@pytest.mark.task(taskno=1)
def test_money_is_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        eur5().amount_cents = 1  # type: ignore[misc]


@pytest.mark.task(taskno=1)
def test_money_equality_and_hash_are_by_value() -> None:
    assert Money("EUR", 500) == eur5()
    assert len({Money("EUR", 500), eur5(), Money("USD", 500)}) == 2, "equal values hash alike"


@pytest.mark.task(taskno=1)
def test_money_sorts_by_currency_then_amount() -> None:
    prices = [Money("USD", 1), Money("EUR", 900), Money("EUR", 5), Money("CHF", 10_000)]
    got = sorted(prices)
    want = [Money("CHF", 10_000), Money("EUR", 5), Money("EUR", 900), Money("USD", 1)]
    assert got == want, f"field order defines the ordering: currency first, got {got}"
    assert Money("EUR", 5) < Money("EUR", 6)
    assert not Money("EUR", 6) < Money("EUR", 6)


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("code", ["eur", "EU", "EURO", "E1R", "", "Eur", "ÄÖÜ"])
def test_money_rejects_malformed_currency_codes(code: str) -> None:
    with pytest.raises(ValueError, match="currency"):
        Money(code, 1)


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("amount", [1.5, "100", True, None])
def test_money_amount_must_be_a_real_int(amount: Any) -> None:
    with pytest.raises(TypeError, match="amount_cents"):
        Money("EUR", amount)


@pytest.mark.task(taskno=1)
def test_money_adds_within_one_currency_only() -> None:
    assert Money("EUR", 250) + Money("EUR", -50) == Money("EUR", 200)
    with pytest.raises(ValueError, match="USD"):
        Money("EUR", 1) + Money("USD", 1)


@pytest.mark.task(taskno=2)
def test_line_item_total_multiplies_the_unit_price() -> None:
    got = item(quantity=3, cents=199).total
    assert got == Money("EUR", 597), f"3 x 1.99 = 5.97, got {got}"


@pytest.mark.task(taskno=2)
def test_line_items_get_their_own_empty_tag_set_and_are_hashable() -> None:
    a, b = item(), item()
    assert a.tags == frozenset()
    assert a == b and hash(a) == hash(b)
    tagged = LineItem("SKU-2", 1, eur5(), frozenset({"gift"}))
    assert "gift" in tagged.tags


@pytest.mark.task(taskno=2)
def test_line_item_quantity_must_be_at_least_one() -> None:
    assert item(quantity=1).quantity == 1
    for bad in (0, -3):
        with pytest.raises(ValueError, match="quantity"):
            item(quantity=bad)


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("sku", ["", "   "])
def test_line_item_needs_a_sku(sku: str) -> None:
    with pytest.raises(ValueError, match="sku"):
        item(sku=sku)


@pytest.mark.task(taskno=2)
def test_with_quantity_returns_a_validated_copy() -> None:
    original = item(quantity=2)
    changed = with_quantity(original, 5)
    assert changed.quantity == 5 and changed.sku == original.sku
    assert original.quantity == 2, "the original value object never changes"
    with pytest.raises(ValueError, match="quantity"):
        with_quantity(original, 0)


@pytest.mark.task(taskno=3)
def test_order_stores_items_as_a_tuple_even_from_a_list() -> None:
    order = Order("o-1", "EUR", [item()])  # type: ignore[arg-type]
    assert isinstance(order.items, tuple), f"items should be a tuple, got {type(order.items)}"
    assert hash(order) == hash(Order("o-1", "EUR", (item(),)))


@pytest.mark.task(taskno=3)
def test_order_refuses_items_in_another_currency() -> None:
    with pytest.raises(ValueError, match="USD"):
        Order("o-2", "EUR", (item(), item(cur="USD")))


@pytest.mark.task(taskno=3)
def test_order_equality_ignores_labels_and_email() -> None:
    a = Order("o-3", "EUR", (item(),), customer_email="a@example.com", labels={"src": "web"})
    b = Order("o-3", "EUR", (item(),))
    assert a == b, "labels and customer_email are not part of the order's identity"
    assert b.labels == {} and b.customer_email == ""
    assert Order("o-3", "EUR") != Order("o-4", "EUR")


@pytest.mark.task(taskno=3)
def test_each_order_gets_its_own_labels_dict() -> None:
    a, b = Order("a", "EUR"), Order("b", "EUR")
    a.labels["x"] = "1"
    assert b.labels == {}, "a shared mutable default would leak labels between orders"


@pytest.mark.task(taskno=3)
def test_repr_hides_the_customer_email() -> None:
    text = repr(Order("o-5", "EUR", customer_email="secret@example.com"))
    assert "secret@example.com" not in text and "o-5" in text, text


@pytest.mark.task(taskno=4)
def test_order_total_sums_line_totals() -> None:
    order = Order("o-6", "EUR", (item(quantity=2, cents=500), item("SKU-9", 1, 99)))
    got = order_total(order)
    assert got == Money("EUR", 1099), f"2 x 5.00 + 0.99 = 10.99, got {got}"


@pytest.mark.task(taskno=4)
def test_total_of_an_empty_order_is_zero_in_its_currency() -> None:
    got = order_total(Order("o-7", "JPY"))
    assert got == Money("JPY", 0), got


@pytest.mark.task(taskno=4)
def test_to_dict_is_nested_and_redacts_marked_fields() -> None:
    order = Order(
        "o-8",
        "EUR",
        (LineItem("SKU-1", 1, eur5(), frozenset({"gift"})),),
        customer_email="a@example.com",
        labels={"src": "web"},
    )
    want = {
        "order_id": "o-8",
        "currency": "EUR",
        "items": (
            {
                "sku": "SKU-1",
                "quantity": 1,
                "unit_price": {"currency": "EUR", "amount_cents": 500},
                "tags": frozenset({"gift"}),
            },
        ),
        "customer_email": "***",
        "labels": {"src": "web"},
    }
    got = to_dict(order)
    assert got == want, f"got {got}"
    assert order.customer_email == "a@example.com", "redaction must not touch the order"
