"""Parcel packing: boxes, leftovers and clock times with // and %."""

MINUTES_PER_DAY = 24 * 60


def full_boxes(items: int, per_box: int) -> int:
    """Return how many boxes of per_box items can be filled completely."""
    return items // per_box


def left_over(items: int, per_box: int) -> int:
    """Return how many items are left after filling the full boxes."""
    return items % per_box


def boxes_needed(items: int, per_box: int) -> int:
    """Return how many boxes all the items need."""
    boxes = items // per_box
    if items % per_box != 0:
        boxes += 1
    return boxes


def clock_time(minutes: int) -> tuple[int, int]:
    """Return (hour, minute) on a 24-hour clock for minutes after midnight."""
    in_day = minutes % MINUTES_PER_DAY
    return (in_day // 60, in_day % 60)
