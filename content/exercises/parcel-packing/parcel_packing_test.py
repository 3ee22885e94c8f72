import pytest
from parcel_packing import boxes_needed, clock_time, full_boxes, left_over


@pytest.mark.task(taskno=1)
def test_full_boxes_rounds_down() -> None:
    got = full_boxes(23, 5)
    assert got == 4, f"23 items fill 4 boxes of 5 (the 5th is not full), got {got!r}"
    assert full_boxes(4, 5) == 0, "4 items cannot fill a box of 5"


@pytest.mark.task(taskno=1)
def test_full_boxes_is_a_whole_number() -> None:
    got = full_boxes(10, 4)
    assert got == 2 and isinstance(got, int), f"10 // 4 is the int 2, got {got!r}"


@pytest.mark.task(taskno=2)
def test_left_over_is_the_remainder() -> None:
    assert left_over(23, 5) == 3, "23 = 4 * 5 + 3: 3 items are left"
    assert left_over(20, 5) == 0, "20 items fill 4 boxes exactly: nothing is left"
    assert left_over(4, 5) == 4, "4 items fill no box: all 4 are left"


@pytest.mark.task(taskno=3)
def test_boxes_needed_adds_a_box_for_the_rest() -> None:
    assert boxes_needed(23, 5) == 5, "4 full boxes and 1 for the 3 left over"
    assert boxes_needed(1, 5) == 1, "a single item still needs a box"


@pytest.mark.task(taskno=3)
def test_boxes_needed_when_it_fits_exactly() -> None:
    assert boxes_needed(20, 5) == 4, "20 items fit exactly into 4 boxes"
    assert boxes_needed(0, 5) == 0, "no items need no boxes"


@pytest.mark.task(taskno=3)
def test_boxes_needed_for_huge_counts() -> None:
    got = boxes_needed(10**17 + 1, 10)
    assert got == 10**16 + 1, f"stay with whole numbers: floats would lose the last item, got {got}"


@pytest.mark.task(taskno=4)
def test_clock_time_within_the_day() -> None:
    assert clock_time(605) == (10, 5), "605 minutes after midnight is 10:05"
    assert clock_time(0) == (0, 0), "0 minutes is midnight, 00:00"
    assert clock_time(1439) == (23, 59), "the last minute of the day is 23:59"


@pytest.mark.task(taskno=4)
def test_clock_time_wraps_past_midnight() -> None:
    assert clock_time(1470) == (0, 30), "1470 minutes is 00:30 the next day"
    assert clock_time(1440 * 3 + 60) == (1, 0), "three days and an hour later it is 01:00"


@pytest.mark.task(taskno=4)
def test_clock_time_before_midnight() -> None:
    got = clock_time(-30)
    assert got == (23, 30), f"30 minutes before midnight is 23:30, got {got}"
    assert clock_time(-1440) == (0, 0), "exactly one day earlier is midnight again"
