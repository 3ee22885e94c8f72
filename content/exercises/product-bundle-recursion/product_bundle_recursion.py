"""Product bundles: lists of prices (ints) and smaller bundles, nested to any depth."""

from typing import Any

Bundle = list[Any]  # prices (ints) and bundles, nested to any depth


def bundle_total(bundle: Bundle) -> int:
    """The sum of every price, at any depth."""
    raise NotImplementedError("bundle_total")


def flatten(bundle: Bundle) -> list[int]:
    """Every price, left to right, in one flat list."""
    raise NotImplementedError("flatten")


def nesting_depth(bundle: Bundle) -> int:
    """1 for a bundle without inner bundles, else 1 + the deepest inner bundle's depth."""
    raise NotImplementedError("nesting_depth")


def reprice(bundle: Bundle, old: int, new: int) -> Bundle:
    """A new bundle of the same shape with every price ``old`` replaced by ``new``."""
    raise NotImplementedError("reprice")
