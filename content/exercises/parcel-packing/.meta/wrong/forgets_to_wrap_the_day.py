"""Splits the offset into hours and minutes without bringing it into one day first:
1470 minutes gives hour 24 and -30 gives hour -1. The visible tests catch it."""


def full_boxes(items: int, per_box: int) -> int:
    return items // per_box


def left_over(items: int, per_box: int) -> int:
    return items % per_box


def boxes_needed(items: int, per_box: int) -> int:
    boxes = items // per_box
    if items % per_box != 0:
        boxes += 1
    return boxes


def clock_time(minutes: int) -> tuple[int, int]:
    return (minutes // 60, minutes % 60)
