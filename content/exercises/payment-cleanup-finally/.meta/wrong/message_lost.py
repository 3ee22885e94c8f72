"""``charge_all`` records every declined card as ``"declined: ValueError"``, and catches
``Exception`` so that a timeout is recorded as declined instead of stopping the batch.

``type(err).__name__`` is not the message, and a timeout is not a declined card. The
visible tests catch both.
"""

from typing import Any


def charge(gateway: Any, cents: int) -> str:
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
    results = []
    for cents in amounts:
        try:
            results.append(charge(gateway, cents))
        except Exception as err:
            results.append(f"declined: {type(err).__name__}")
    return results
