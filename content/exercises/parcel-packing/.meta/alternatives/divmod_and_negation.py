"""Uses ``divmod`` (quotient and remainder in one call), rounds up by negating twice
(``-(-items // per_box)``), and wraps the clock on the hours instead of the minutes."""


def full_boxes(items: int, per_box: int) -> int:
    boxes, _ = divmod(items, per_box)
    return boxes


def left_over(items: int, per_box: int) -> int:
    return items - full_boxes(items, per_box) * per_box


def boxes_needed(items: int, per_box: int) -> int:
    return -(-items // per_box)


def clock_time(minutes: int) -> tuple[int, int]:
    hours, minute = divmod(minutes, 60)
    return hours % 24, minute
