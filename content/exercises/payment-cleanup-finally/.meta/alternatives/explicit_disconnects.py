"""No ``else`` and no ``finally``: every way out of the ``try`` disconnects by itself, and an
error nobody handles is re-raised after disconnecting."""

from typing import Any


def charge(gateway: Any, cents: int) -> str:
    gateway.connect()
    try:
        receipt = gateway.pay(cents)
    except ConnectionError:
        gateway.disconnect()
        return "retry later"
    except BaseException:
        gateway.disconnect()
        raise
    gateway.disconnect()
    return "paid " + receipt


def charge_all(gateway: Any, amounts: list[int]) -> list[str]:
    results: list[str] = []
    for cents in amounts:
        try:
            result = charge(gateway, cents)
        except ValueError as err:
            result = "declined: " + str(err)
        results.append(result)
    return results
