"""Checkout helpers that always give the gateway's connection back."""

from typing import Any


def charge(gateway: Any, cents: int) -> str:
    """Connect, pay and always disconnect; ``'paid <receipt>'`` or ``'retry later'``."""
    gateway.connect()
    try:
        receipt = gateway.pay(cents)
    except ConnectionError:
        return "retry later"
    else:
        return f"paid {receipt}"
    finally:
        gateway.disconnect()


def charge_all(gateway: Any, amounts: list[int]) -> list[str]:
    """The result of ``charge`` for every amount; a declined card becomes ``'declined: …'``."""
    results = []
    for cents in amounts:
        try:
            results.append(charge(gateway, cents))
        except ValueError as err:
            results.append(f"declined: {err}")
    return results
