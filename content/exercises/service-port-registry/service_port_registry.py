"""A one-to-one registry of local services and their TCP ports."""

from __future__ import annotations


class PortConflict(Exception):
    """A port would get two services, or a service two ports."""


class UnknownEntry(LookupError):
    """The service or port is not registered."""


class PortRegistry:
    def __init__(self) -> None:
        pass

    def __len__(self) -> int:
        raise NotImplementedError("implement PortRegistry.__len__")

    def claim(self, service: str, port: int) -> None:
        raise NotImplementedError("implement PortRegistry.claim")

    def port_of(self, service: str) -> int | None:
        raise NotImplementedError("implement PortRegistry.port_of")

    def service_on(self, port: int) -> str | None:
        raise NotImplementedError("implement PortRegistry.service_on")

    def move(self, service: str, port: int) -> int:
        raise NotImplementedError("implement PortRegistry.move")

    def release(self, port: int) -> str:
        raise NotImplementedError("implement PortRegistry.release")

    def snapshot(self) -> list[tuple[int, str]]:
        raise NotImplementedError("implement PortRegistry.snapshot")
