"""Courier grid: positions on a city grid as (x, y) tuples."""


def move(position: tuple[int, int], dx: int, dy: int) -> tuple[int, int]:
    """Return the position dx blocks east and dy blocks north of position."""
    raise NotImplementedError("move")


def blocks_between(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Return the number of blocks to ride from a to b along the grid."""
    raise NotImplementedError("blocks_between")


def swap_axes(position: tuple[int, int]) -> tuple[int, int]:
    """Return (y, x) for the position (x, y)."""
    raise NotImplementedError("swap_axes")


def trip(start: tuple[int, int], end: tuple[int, int]) -> tuple[int, int, int]:
    """Return (dx, dy, blocks) for the ride from start to end."""
    raise NotImplementedError("trip")
