"""Courier grid: positions on a city grid as (x, y) tuples."""


def move(position: tuple[int, int], dx: int, dy: int) -> tuple[int, int]:
    """Return the position dx blocks east and dy blocks north of position."""
    x, y = position
    return (x + dx, y + dy)


def blocks_between(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Return the number of blocks to ride from a to b along the grid."""
    ax, ay = a
    bx, by = b
    return abs(bx - ax) + abs(by - ay)


def swap_axes(position: tuple[int, int]) -> tuple[int, int]:
    """Return (y, x) for the position (x, y)."""
    x, y = position
    return (y, x)


def trip(start: tuple[int, int], end: tuple[int, int]) -> tuple[int, int, int]:
    """Return (dx, dy, blocks) for the ride from start to end."""
    start_x, start_y = start
    end_x, end_y = end
    return end_x - start_x, end_y - start_y, blocks_between(start, end)
