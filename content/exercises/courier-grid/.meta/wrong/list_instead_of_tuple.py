"""Returns the new position as a list ``[x + dx, y + dy]``: it prints almost the same, but
a list is never equal to a tuple. The visible tests catch it."""


def move(position: tuple[int, int], dx: int, dy: int) -> tuple[int, int]:
    x, y = position
    return [x + dx, y + dy]  # type: ignore[return-value]


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
    return end_x - start_x, end_y - start_y, blocks_between(start, end)
