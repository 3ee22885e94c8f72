import pytest
from catalog_indexes import (
    categories_with,
    name_by_sku,
    prices_under,
    sku_by_name,
    skus_by_category,
)

PRODUCTS = [
    ("MUG-01", "Mug", "kitchen", 8.5),
    ("TWL-02", "Tea towel", "kitchen", 4.0),
    ("NTB-07", "Notebook", "office", 3.2),
    ("PEN-03", "Pen", "office", 1.5),
    ("LMP-11", "Desk lamp", "office", 24.0),
]


@pytest.mark.task(taskno=1)
def test_name_by_sku() -> None:
    got = name_by_sku(PRODUCTS[:2])
    assert got == {"MUG-01": "Mug", "TWL-02": "Tea towel"}, f"got {got}"
    assert name_by_sku([]) == {}, "no products, an empty index"


@pytest.mark.task(taskno=2)
def test_categories_with_expensive_products() -> None:
    got = categories_with(PRODUCTS, 8.5)
    assert got == {"kitchen", "office"}, f"the mug (8.5, the minimum itself) and the lamp: {got}"
    assert categories_with(PRODUCTS, 10.0) == {"office"}, "only the lamp costs 10.0 or more"


@pytest.mark.task(taskno=2)
def test_categories_with_is_a_set() -> None:
    got = categories_with(PRODUCTS, 0.0)
    assert got == {"kitchen", "office"}, f"each category once, as a set, got {got!r}"


@pytest.mark.task(taskno=3)
def test_prices_under_a_limit() -> None:
    got = prices_under(PRODUCTS, 4.0)
    assert got == {"NTB-07": 3.2, "PEN-03": 1.5}, f"less than 4.0; the towel at 4.0 is not: {got}"


@pytest.mark.task(taskno=4)
def test_sku_by_name_inverts_the_index() -> None:
    got = sku_by_name({"MUG-01": "Mug", "NTB-07": "Notebook"})
    assert got == {"Mug": "MUG-01", "Notebook": "NTB-07"}, f"got {got}"


@pytest.mark.task(taskno=4)
def test_sku_by_name_later_sku_wins() -> None:
    got = sku_by_name({"MUG-01": "Mug", "MUG-02": "Mug", "NTB-07": "Notebook"})
    assert got == {"Mug": "MUG-02", "Notebook": "NTB-07"}, f"MUG-02 comes later, got {got}"


@pytest.mark.task(taskno=5)
def test_skus_by_category_are_sorted() -> None:
    got = skus_by_category(PRODUCTS)
    want = {"kitchen": ["MUG-01", "TWL-02"], "office": ["LMP-11", "NTB-07", "PEN-03"]}
    assert got == want, f"each category's SKUs, sorted, got {got}"
    assert skus_by_category([]) == {}, "no products, no categories"
