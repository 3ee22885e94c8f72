"""Two plain dicts, with ``move`` forgetting the reverse entry of the old port.

After ``move("api", 8443)`` the port 8080 still answers ``"api"`` in ``service_on`` and
cannot be claimed by another service, and ``snapshot`` lists it. The visible tests catch it
(the old port is free after a move); this is the bookkeeping a bidict does for you.
"""

from __future__ import annotations

__all__ = ["PortConflict", "PortRegistry", "UnknownEntry"]


class PortConflict(Exception):
    """A port would get two services, or a service two ports."""


class UnknownEntry(LookupError):
    """The service or port is not registered."""


def _service(service: object) -> str:
    if not isinstance(service, str) or not service.strip():
        raise ValueError(f"bad service {service!r}")
    return service


def _port(port: object) -> int:
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        raise ValueError(f"bad port {port!r}")
    return port


class PortRegistry:
    def __init__(self) -> None:
        self._by_service: dict[str, int] = {}
        self._by_port: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._by_service)

    def claim(self, service: str, port: int) -> None:
        service, port = _service(service), _port(port)
        owner = self._by_port.get(port)
        if owner == service:
            return
        if owner is not None:
            raise PortConflict(f"port {port} is used by {owner!r}")
        if service in self._by_service:
            raise PortConflict(f"{service!r} already has a port")
        self._by_service[service] = port
        self._by_port[port] = service

    def port_of(self, service: str) -> int | None:
        return self._by_service.get(_service(service))

    def service_on(self, port: int) -> str | None:
        return self._by_port.get(_port(port))

    def move(self, service: str, port: int) -> int:
        service, port = _service(service), _port(port)
        if service not in self._by_service:
            raise UnknownEntry(service)
        owner = self._by_port.get(port)
        if owner is not None and owner != service:
            raise PortConflict(f"port {port} is used by {owner!r}")
        old = self._by_service[service]
        self._by_service[service] = port
        self._by_port[port] = service
        return old

    def release(self, port: int) -> str:
        port = _port(port)
        if port not in self._by_port:
            raise UnknownEntry(port)
        service = self._by_port.pop(port)
        del self._by_service[service]
        return service

    def snapshot(self) -> list[tuple[int, str]]:
        return sorted(self._by_port.items())
