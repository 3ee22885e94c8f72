"""Claims with ``bidict.forceput`` to get past ``ValueDuplicationError``.

``forceput`` drops the mapping that held the value: a claim of a taken port silently takes
it from its owner, who is no longer registered. The visible tests catch it (a taken port
must keep its owner).
"""

from __future__ import annotations

from bidict import bidict

__all__ = ["PortConflict", "PortRegistry", "UnknownEntry"]

_LOWEST, _HIGHEST = 1, 65535


class PortConflict(Exception):
    """A port would get two services, or a service two ports."""


class UnknownEntry(LookupError):
    """The service or port is not registered."""


def _service(service: object) -> str:
    if not isinstance(service, str) or not service.strip():
        raise ValueError(f"a service name is a non-empty string, not {service!r}")
    return service


def _port(port: object) -> int:
    if isinstance(port, bool) or not isinstance(port, int) or not _LOWEST <= port <= _HIGHEST:
        raise ValueError(f"a port is an int from {_LOWEST} to {_HIGHEST}, not {port!r}")
    return port


class PortRegistry:
    """Services by name and by port; a refused call changes nothing."""

    def __init__(self) -> None:
        self._ports: bidict[str, int] = bidict()

    def __len__(self) -> int:
        return len(self._ports)

    def claim(self, service: str, port: int) -> None:
        service, port = _service(service), _port(port)
        if service in self._ports and self._ports[service] != port:
            raise PortConflict(f"{service!r} already listens on {self._ports[service]}")
        self._ports.forceput(service, port)

    def port_of(self, service: str) -> int | None:
        return self._ports.get(_service(service))

    def service_on(self, port: int) -> str | None:
        return self._ports.inverse.get(_port(port))

    def move(self, service: str, port: int) -> int:
        service, port = _service(service), _port(port)
        if service not in self._ports:
            raise UnknownEntry(f"{service!r} is not registered")
        owner = self._ports.inverse.get(port)
        if owner is not None and owner != service:
            raise PortConflict(f"port {port} is used by {owner!r}")
        old = self._ports[service]
        self._ports[service] = port
        return old

    def release(self, port: int) -> str:
        port = _port(port)
        if port not in self._ports.inverse:
            raise UnknownEntry(f"port {port} is free")
        return self._ports.inverse.pop(port)

    def snapshot(self) -> list[tuple[int, str]]:
        return sorted(self._ports.inverse.items())
