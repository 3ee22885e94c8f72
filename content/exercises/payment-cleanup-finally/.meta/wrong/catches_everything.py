"""``charge`` catches ``Exception`` instead of ``ConnectionError``.

A declined card (``ValueError``) and a timeout are answered with "retry later" instead of
reaching the caller, so the shop retries a card that will never pass. The visible tests
catch it.
"""

from typing import Any


def charge(gateway: Any, cents: int) -> str:
    gateway.connect()
    try:
        receipt = gateway.pay(cents)
    except Exception:
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
