"""Subtracts the end from the start (``start_x - end_x``), so the offsets point from the
end back to the start: west comes out as east. The visible tests catch it."""


def move(position: tuple[int, int], dx: int, dy: int) -> tuple[int, int]:
    x, y = position
    return (x + dx, y + dy)


def blocks_between(a: tuple[int, int], b: tuple[int, int]) -> int:
    ax, ay = a
    bx, by = b
    return abs(bx - ax) + abs(by - ay)


def swap_axes(position: tuple[int, int]) -> tuple[int, int]:
    x, y = position
    return (y, x)


def trip(start: tuple[int, int], end: tuple[int, int]) -> tuple[int, int, int]:
    start_x, start_y = start
    end_x, end_y = end
    return start_x - end_x, start_y - end_y, blocks_between(start, end)
