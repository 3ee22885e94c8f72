"""Map warehouse order rows to the public API's order shape and back, with odin."""

from typing import Any


def to_api(row: dict[str, Any]) -> dict[str, Any]:
    raise NotImplementedError("implement to_api")


def from_api(order: dict[str, Any]) -> dict[str, Any]:
    raise NotImplementedError("implement from_api")
