import pytest
from price_filters import affordable, discounted, price_tags, product_codes


@pytest.mark.task(taskno=1)
def test_product_codes_strip_and_upper_case() -> None:
    got = product_codes([" mug ", "tea towel", "Kettle\n"])
    assert got == ["MUG", "TEA TOWEL", "KETTLE"], f"got {got}"
    assert product_codes([]) == [], "no names, no codes"


@pytest.mark.task(taskno=2)
def test_affordable_keeps_prices_within_the_budget() -> None:
    got = affordable([12.0, 4.5, 30.0, 10.0, 9.99], 10.0)
    assert got == [4.5, 10.0, 9.99], f"at most 10.0, the budget itself included, in order: {got}"


@pytest.mark.task(taskno=2)
def test_affordable_when_nothing_fits() -> None:
    assert affordable([12.0, 30.0], 5.0) == [], "nothing costs 5.0 or less"


@pytest.mark.task(taskno=3)
def test_discounted_prices() -> None:
    got = discounted([10.0, 24.99], 20)
    assert got == [8.0, 19.99], f"20 % off: 10.0 -> 8.0 and 24.99 -> 19.992 -> 19.99, got {got}"


@pytest.mark.task(taskno=3)
def test_discounts_of_nothing_and_everything() -> None:
    assert discounted([3.5, 7.25], 0) == [3.5, 7.25], "0 % off changes nothing"
    assert discounted([3.5, 7.25], 100) == [0.0, 0.0], "100 % off makes everything free"


@pytest.mark.task(taskno=4)
def test_price_tags_skip_free_items() -> None:
    got = price_tags([("Mug", 8.5), ("Sticker", 0.0), ("Kettle", 39.0)])
    assert got == ["Mug: 8.50", "Kettle: 39.00"], f"free items get no tag, got {got}"


@pytest.mark.task(taskno=4)
def test_price_tags_of_an_empty_catalogue() -> None:
    assert price_tags([]) == [], "no items, no tags"
