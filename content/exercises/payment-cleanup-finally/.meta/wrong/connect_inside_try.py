"""``charge`` calls ``gateway.connect()`` inside the ``try``.

When connecting fails with a ``ConnectionError``, the ``except`` clause answers "retry later"
and ``finally`` disconnects a connection that was never made, where the instructions want
the error to reach the caller. The visible tests catch it.
"""

from typing import Any


def charge(gateway: Any, cents: int) -> str:
    try:
        gateway.connect()
        receipt = gateway.pay(cents)
    except ConnectionError:
        return "retry later"
    else:
        return f"paid {receipt}"
    finally:
        gateway.disconnect()


def charge_all(gateway: Any, amounts: list[int]) -> list[str]:
    results = []
    for cents in amounts:
        try:
            results.append(charge(gateway, cents))
        except ValueError as err:
            results.append(f"declined: {err}")
    return results
