"""Always adds a box for the rest (``items // per_box + 1``), even when the items fit
exactly or there are none. The visible tests catch it."""


def full_boxes(items: int, per_box: int) -> int:
    return items // per_box


def left_over(items: int, per_box: int) -> int:
    return items % per_box


def boxes_needed(items: int, per_box: int) -> int:
    return items // per_box + 1


def clock_time(minutes: int) -> tuple[int, int]:
    in_day = minutes % 1440
    return (in_day // 60, in_day % 60)
