"""Divides with ``/`` and rounds the quotient with ``round()``: 23 / 5 = 4.6 rounds to 5
full boxes, though only 4 are full. The visible tests catch it."""


def full_boxes(items: int, per_box: int) -> int:
    return round(items / per_box)


def left_over(items: int, per_box: int) -> int:
    return items % per_box


def boxes_needed(items: int, per_box: int) -> int:
    boxes = items // per_box
    if items % per_box != 0:
        boxes += 1
    return boxes


def clock_time(minutes: int) -> tuple[int, int]:
    in_day = minutes % 1440
    return (in_day // 60, in_day % 60)
