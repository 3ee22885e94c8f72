import pytest
from courier_grid import blocks_between, move, swap_axes, trip


@pytest.mark.task(taskno=1)
def test_move_east_and_north() -> None:
    got = move((3, -2), 1, 5)
    assert got == (4, 3), f"1 east and 5 north of (3, -2) is (4, 3), got {got!r}"


@pytest.mark.task(taskno=1)
def test_move_west_and_south() -> None:
    got = move((0, 0), -2, -7)
    assert got == (-2, -7), f"negative steps go west and south, got {got!r}"


@pytest.mark.task(taskno=1)
def test_move_returns_a_tuple() -> None:
    got = move((1, 1), 0, 0)
    assert isinstance(got, tuple), f"a position is a tuple, got a {type(got).__name__}"


@pytest.mark.task(taskno=2)
def test_blocks_between_adds_both_directions() -> None:
    got = blocks_between((0, 0), (3, -2))
    assert got == 5, f"3 blocks east plus 2 south is 5 blocks, got {got}"


@pytest.mark.task(taskno=2)
def test_blocks_between_is_the_same_both_ways() -> None:
    assert blocks_between((3, -2), (0, 0)) == 5, "riding back is as far as riding there"
    assert blocks_between((-4, 6), (-4, 6)) == 0, "a position is 0 blocks from itself"


@pytest.mark.task(taskno=3)
def test_swap_axes_exchanges_the_coordinates() -> None:
    got = swap_axes((3, -2))
    assert got == (-2, 3), f"(x, y) becomes (y, x): (3, -2) becomes (-2, 3), got {got!r}"


@pytest.mark.task(taskno=4)
def test_trip_returns_offsets_and_blocks() -> None:
    got = trip((1, 1), (-2, 5))
    assert got == (-3, 4, 7), f"3 west, 4 north, 7 blocks: (-3, 4, 7), got {got!r}"


@pytest.mark.task(taskno=4)
def test_trip_can_be_unpacked() -> None:
    dx, dy, blocks = trip((0, 0), (2, 0))
    assert (dx, dy, blocks) == (2, 0, 2), "2 blocks straight east"
