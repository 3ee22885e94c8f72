"""Reads the coordinates by index (``position[0]``) instead of unpacking, builds ``trip``
from the offsets it computed, and swaps with a one-line tuple assignment."""


def move(position: tuple[int, int], dx: int, dy: int) -> tuple[int, int]:
    return position[0] + dx, position[1] + dy


def blocks_between(a: tuple[int, int], b: tuple[int, int]) -> int:
    east = b[0] - a[0]
    north = b[1] - a[1]
    if east < 0:
        east = -east
    if north < 0:
        north = -north
    return east + north


def swap_axes(position: tuple[int, int]) -> tuple[int, int]:
    first, second = position
    first, second = second, first
    return first, second


def trip(start: tuple[int, int], end: tuple[int, int]) -> tuple[int, int, int]:
    dx = end[0] - start[0]
    dy = end[1] - start[1]
    return dx, dy, abs(dx) + abs(dy)
