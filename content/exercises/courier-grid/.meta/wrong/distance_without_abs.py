"""Adds the raw differences without ``abs``: riding west gives negative blocks, and 3 east
plus 3 south cancels out to 0. The visible tests catch it."""


def move(position: tuple[int, int], dx: int, dy: int) -> tuple[int, int]:
    x, y = position
    return (x + dx, y + dy)


def blocks_between(a: tuple[int, int], b: tuple[int, int]) -> int:
    ax, ay = a
    bx, by = b
    return (bx - ax) + (by - ay)


def swap_axes(position: tuple[int, int]) -> tuple[int, int]:
    x, y = position
    return (y, x)


def trip(start: tuple[int, int], end: tuple[int, int]) -> tuple[int, int, int]:
    start_x, start_y = start
    end_x, end_y = end
    return end_x - start_x, end_y - start_y, blocks_between(start, end)
