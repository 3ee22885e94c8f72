import pytest
from product_bundle_recursion import bundle_total, flatten, nesting_depth, reprice


def gift_box() -> list:
    """A fresh copy for each test: [1500, [299, 299], [[450], 1200], []]."""
    return [1500, [299, 299], [[450], 1200], []]


@pytest.mark.task(taskno=1)
def test_bundle_total_adds_prices_at_every_depth() -> None:
    got = bundle_total(gift_box())
    assert got == 3748, f"1500 + 299 + 299 + 450 + 1200 = 3748, got {got}"


@pytest.mark.task(taskno=1)
def test_bundle_total_of_empty_bundles() -> None:
    assert bundle_total([]) == 0, "an empty bundle costs nothing"
    assert bundle_total([[], [[]]]) == 0, "boxes inside boxes, but no product"


@pytest.mark.task(taskno=2)
def test_flatten_keeps_the_left_to_right_order() -> None:
    got = flatten(gift_box())
    assert got == [1500, 299, 299, 450, 1200], f"every price, left to right, got {got}"


@pytest.mark.task(taskno=2)
def test_flatten_goes_all_the_way_down() -> None:
    got = flatten([[[[7]]], 8])
    assert got == [7, 8], f"7 is three boxes deep, got {got}"


@pytest.mark.task(taskno=2)
def test_flatten_twice_gives_the_same_answer() -> None:
    first = flatten([1, [2]])
    second = flatten([3])
    assert (first, second) == ([1, 2], [3]), (
        f"each call starts with an empty list, got {first} then {second}"
    )


@pytest.mark.task(taskno=3)
def test_nesting_depth_of_flat_bundles_is_one() -> None:
    assert nesting_depth([]) == 1, "an empty bundle is one box"
    assert nesting_depth([5, 7]) == 1, "no box inside: depth 1"


@pytest.mark.task(taskno=3)
def test_nesting_depth_follows_the_deepest_box() -> None:
    got = nesting_depth([[5], [[7]], 9])
    assert got == 3, f"[[7]] sits two boxes deep inside the outer one: 3, got {got}"
    got = nesting_depth(gift_box())
    assert got == 3, f"[[450], 1200] holds [450]: depth 3, got {got}"


@pytest.mark.task(taskno=4)
def test_reprice_replaces_at_every_depth() -> None:
    got = reprice([299, [299, 450], [[299]]], 299, 349)
    assert got == [349, [349, 450], [[349]]], f"every 299 becomes 349, got {got}"
    assert reprice([], 1, 2) == [], "nothing to reprice"


@pytest.mark.task(taskno=4)
def test_reprice_leaves_the_given_bundle_alone() -> None:
    box = gift_box()
    reprice(box, 299, 349)
    assert box == gift_box(), (
        f"the given bundle changed to {box}: the inner lists must be new lists too"
    )
