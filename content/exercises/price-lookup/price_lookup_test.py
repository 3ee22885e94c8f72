import pytest
from price_lookup import price_of, price_or_default, remove_item, set_price


def menu() -> dict[str, float]:
    return {"tea": 2.5, "scone": 3.2, "flat white": 3.8}


@pytest.mark.task(taskno=1)
def test_price_of_looks_up_the_item() -> None:
    got = price_of(menu(), "scone")
    assert got == 3.2, f"a scone costs 3.2 on this menu, got {got}"
    assert price_of(menu(), "flat white") == 3.8, "keys may contain spaces"


@pytest.mark.task(taskno=2)
def test_price_or_default_finds_items_on_the_menu() -> None:
    got = price_or_default(menu(), "tea", 0.0)
    assert got == 2.5, f"tea is on the menu at 2.5, got {got}"


@pytest.mark.task(taskno=2)
def test_price_or_default_falls_back_for_missing_items() -> None:
    got = price_or_default(menu(), "cake", 0.0)
    assert got == 0.0, f"cake is not on the menu: use the default 0.0, got {got!r}"
    got = price_or_default(menu(), "Tea", -1.0)
    assert got == -1.0, f"'Tea' is not 'tea': keys match exactly, got {got!r}"


@pytest.mark.task(taskno=3)
def test_set_price_adds_a_new_item() -> None:
    prices = menu()
    result = set_price(prices, "cake", 4.0)
    assert prices["cake"] == 4.0, "cake is now on the menu at 4.0"
    assert len(prices) == 4, f"the other items stay, the menu is {prices}"
    assert result is None, f"set_price returns nothing, got {result!r}"


@pytest.mark.task(taskno=3)
def test_set_price_updates_an_existing_item() -> None:
    prices = menu()
    set_price(prices, "tea", 2.7)
    assert prices == {"tea": 2.7, "scone": 3.2, "flat white": 3.8}, f"got {prices}"


@pytest.mark.task(taskno=4)
def test_remove_item_takes_it_off_the_menu() -> None:
    prices = menu()
    assert remove_item(prices, "tea") is True, "tea was on the menu: True"
    assert prices == {"scone": 3.2, "flat white": 3.8}, f"tea is gone, the menu is {prices}"


@pytest.mark.task(taskno=4)
def test_remove_item_that_is_not_there() -> None:
    prices = menu()
    assert remove_item(prices, "cake") is False, "cake was not on the menu: False"
    assert prices == menu(), f"nothing changes, the menu is {prices}"
    assert remove_item(prices, 3.2) is False, "3.2 is a price, not a product name"  # type: ignore[arg-type]
