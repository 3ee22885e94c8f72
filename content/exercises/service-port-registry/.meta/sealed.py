"""Sealed cases for service-port-registry: random sessions of claims, moves, releases and
lookups over a few services and ports, so that conflicts, no-ops and refusals are frequent;
each step's result (or error class) and the registry's state are observed."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "service_port_registry"

SERVICES = ("api", "worker", "metrics", "cache", "Api", "api ", "db-primary", "ünïcode")
PORTS = (1, 22, 80, 443, 5432, 6379, 8080, 8443, 9000, 65535)
BAD_SERVICES: tuple[Any, ...] = ("", " ", "\t\n", None, 7)
BAD_PORTS: tuple[Any, ...] = (0, -80, 65536, True, False, "80", 80.5, None)
KNOWN_ERRORS = ("PortConflict", "UnknownEntry", "ValueError")


def _service(rng: random.Random) -> Any:
    return gen.pick(rng, BAD_SERVICES) if gen.chance(rng, 0.05) else gen.pick(rng, SERVICES)


def _port(rng: random.Random) -> Any:
    return gen.pick(rng, BAD_PORTS) if gen.chance(rng, 0.05) else gen.pick(rng, PORTS)


def _operation(rng: random.Random) -> list[Any]:
    name = gen.pick(rng, ("claim", "claim", "claim", "move", "move", "release", "lookup"))
    if name == "release":
        return [name, _port(rng)]
    if name == "lookup":
        argument = _service(rng) if gen.chance(rng, 0.5) else _port(rng)
        return [gen.pick(rng, ("port_of", "service_on")), argument]
    return [name, _service(rng), _port(rng)]


def session(solution, operations):  # type: ignore[no-untyped-def]
    """Each operation's result or error class, then ``len`` and the snapshot."""
    ports = solution.PortRegistry()
    steps = []
    for name, *args in operations:
        if name == "port_of" and not isinstance(args[0], str) and args[0] is not None:
            name = "service_on"
        elif name == "service_on" and isinstance(args[0], str):
            name = "port_of"
        try:
            steps.append(getattr(ports, name)(*args))
        except Exception as exc:
            if type(exc).__name__ not in KNOWN_ERRORS:
                raise
            steps.append(f"raised {type(exc).__name__}")
    return [steps, len(ports), ports.snapshot()]


def cases(rng: random.Random) -> Iterator[Case]:
    """About 80 sessions of 1 to 40 operations."""
    for _ in range(80):
        operations = [_operation(rng) for _ in range(gen.size(rng, large=40) or 1)]
        yield Case.probe(session, operations)
