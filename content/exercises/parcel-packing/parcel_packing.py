"""Parcel packing: boxes, leftovers and clock times with // and %."""


def full_boxes(items: int, per_box: int) -> int:
    """Return how many boxes of per_box items can be filled completely."""
    raise NotImplementedError("full_boxes")


def left_over(items: int, per_box: int) -> int:
    """Return how many items are left after filling the full boxes."""
    raise NotImplementedError("left_over")


def boxes_needed(items: int, per_box: int) -> int:
    """Return how many boxes all the items need."""
    raise NotImplementedError("boxes_needed")


def clock_time(minutes: int) -> tuple[int, int]:
    """Return (hour, minute) on a 24-hour clock for minutes after midnight."""
    raise NotImplementedError("clock_time")
