"""Checkout helpers that always give the gateway's connection back."""

from typing import Any


def charge(gateway: Any, cents: int) -> str:
    """Connect, pay and always disconnect; ``'paid <receipt>'`` or ``'retry later'``."""
    raise NotImplementedError("charge")


def charge_all(gateway: Any, amounts: list[int]) -> list[str]:
    """The result of ``charge`` for every amount; a declined card becomes ``'declined: …'``."""
    raise NotImplementedError("charge_all")
