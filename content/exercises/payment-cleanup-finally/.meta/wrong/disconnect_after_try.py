"""``charge`` disconnects after the ``try`` statement instead of in ``finally``.

The success path disconnects, but the ``return "retry later"`` inside ``except`` leaves
the function first, and a declined card's ``ValueError`` skips the line too: each of
them leaks a connection. The visible tests catch it.
"""

from typing import Any


def charge(gateway: Any, cents: int) -> str:
    gateway.connect()
    try:
        receipt = gateway.pay(cents)
    except ConnectionError:
        return "retry later"
    gateway.disconnect()
    return f"paid {receipt}"


def charge_all(gateway: Any, amounts: list[int]) -> list[str]:
    results = []
    for cents in amounts:
        try:
            results.append(charge(gateway, cents))
        except ValueError as err:
            results.append(f"declined: {err}")
    return results
