"""Sealed cases for request-id-toolkit: ids in every documented spelling padded with tabs,
newlines and no-break spaces; non-strings (bytes, UUID objects, ints); every version from 0
to 15 and every variant; ``allowed`` as a set, list, range or empty; byte sources of every
pattern; domains with capitals, ``ß``, ``ẞ`` and padding; order references with spaces,
colons and non-ASCII letters.

Only the spellings the ``uuid`` documentation lists are generated (canonical, upper case,
braces, ``urn:uuid:``, no hyphens), never the oddities ``int(..., 16)`` lets through
(``0x``, ``_``, a sign, digits of other scripts): a careful regular expression and
``uuid.UUID`` must agree. Order parts are never only whitespace."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "request_id_toolkit"

PADDING = ("", "", " ", "  ", "\t", "\n", "\u00a0", " \r\n", "\u3000")
MALFORMED = ("", "not-a-uuid", "g" * 32, "{}", "urn:uuid:", "1234", "{" + "0" * 31 + "}",
             "9f1c2b7e-4d3a-4c8b-9a1e-5f6d7c8b9a0", "9f1c2b7e-4d3a-4c8b-9a1e-5f6d7c8b9a0e0",
             "9f1c2b7e-4d3a-4c8b-9a1e-5f6d7c8b9a0z", "\u00a0")  # fmt: skip
EXAMPLE = "9f1c2b7e-4d3a-4c8b-9a1e-5f6d7c8b9a0e"
NON_STRINGS: tuple[Any, ...] = (EXAMPLE.encode(), uuid.UUID(EXAMPLE), 42, None)
DOMAINS = ("acme.example", "Acme.Example", "  GLOBEX.example\t", "Bücher.Example", "straße.de",
           "MAẞ.de", "\u00a0shop.example\u00a0", "xn--bcher-kva.example", "a",
           "trailing.dot.")  # fmt: skip
PARTS = ("acme", "ACME", " acme", "acme ", "PO-1001", "po-1001", "a:b", "::", "ünïcödé",
         "😀", "x" * 200, "0")  # fmt: skip


def _uuid(rng: random.Random) -> uuid.UUID:
    """A UUID of any version nibble and variant, biased towards the RFC 4122 variant."""
    value = rng.getrandbits(128)
    if gen.chance(rng, 0.75):
        value = (value & ~(0xC000 << 48)) | (0x8000 << 48)  # variant 10xx
    if gen.chance(rng, 0.7):
        version = gen.pick(rng, (1, 3, 4, 4, 4, 5, 6, 7, 8, 0, 15))
        value = (value & ~(0xF000 << 64)) | (version << 76)
    return uuid.UUID(int=value)


def _spelling(rng: random.Random, value: uuid.UUID) -> str:
    text = str(value)
    text = gen.pick(rng, (text, text.upper(), "".join(c.upper() if gen.chance(rng, 0.5) else c
                                                      for c in text)))  # fmt: skip
    form = rng.randrange(4)
    if form == 1:
        text = "{" + text + "}"
    elif form == 2:
        text = "urn:uuid:" + text
    elif form == 3:
        text = text.replace("-", "")
    return gen.pick(rng, PADDING) + text + gen.pick(rng, PADDING)


def _allowed(kind, values):  # type: ignore[no-untyped-def]
    if kind == "default":
        return None
    if kind == "range":
        return range(*values)
    return {"set": set, "list": list, "tuple": tuple, "frozenset": frozenset}[kind](values)


def versioned(solution, raw, kind, values):  # type: ignore[no-untyped-def]
    allowed = _allowed(kind, values)
    if allowed is None:
        return solution.require_version(raw)
    return solution.require_version(raw, allowed)


def random_id(solution, data):  # type: ignore[no-untyped-def]
    """``new_request_id`` with a byte source that returns ``data`` (repeated and cut to what
    is asked for): the id and the sizes asked for."""
    asked: list[Any] = []

    def random_bytes(n: int) -> bytes:
        asked.append(n)
        return (data * 16)[:n] if data else bytes(n)

    return {"id": solution.new_request_id(random_bytes), "asked": asked}


def order(solution, domain, tenant, reference):  # type: ignore[no-untyped-def]
    return solution.order_id(uuid.uuid5(uuid.NAMESPACE_DNS, domain), tenant, reference)


def _version_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(50):
        value = _uuid(rng)
        kind = gen.pick(rng, ("default", "default", "set", "list", "range", "tuple", "frozenset"))
        if kind == "range":
            values: Any = gen.pick(rng, ((10,), (3, 6), (0,), (4, 5)))
        else:
            values = gen.some(rng, (0, 1, 3, 4, 5, 6, 7, 8), rng.randint(0, 3))
        version = value.version
        allowed = (4,) if kind == "default" else _allowed(kind, values)
        if value.variant != uuid.RFC_4122:
            message = "RFC 4122"
        elif version not in allowed:
            message = f"version {version}(?!\\d)"
        else:
            message = "."
        yield Case.probe(versioned, _spelling(rng, value), kind, values, task=2, message=message)
    group = "require_version: not an id"
    for raw in MALFORMED[:6]:
        yield Case.probe(versioned, raw, "default", [], task=2, group=group,
                         message="invalid request id")  # fmt: skip
    for edge in ("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff"):
        yield Case.probe(versioned, edge, "range", (16,), task=2, group=group, message="RFC 4122")


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed, over the four tasks."""
    for _ in range(40):
        yield Case.call("normalise_request_id", _spelling(rng, _uuid(rng)), task=1)
    group = "normalise_request_id: malformed"
    for raw in MALFORMED:
        yield Case.call("normalise_request_id", raw, task=1, group=group,
                        message="^invalid request id")  # fmt: skip
    for value in NON_STRINGS:
        yield Case.call("normalise_request_id", value, task=1, group=group)
    yield from _version_cases(rng)
    for _ in range(25):
        pattern = gen.pick(rng, (b"", b"\xff", b"\x00", b"\x0f\xf0", b"\x40\xbf", b"\xc0\x3f"))
        data = pattern if gen.chance(rng, 0.4) else rng.randbytes(16)
        yield Case.probe(random_id, data, task=3)
    for _ in range(20):
        yield Case.call("tenant_namespace", gen.pick(rng, DOMAINS), task=4)
    for blank in ("", "   ", "\t\n", "\u00a0"):
        yield Case.call("tenant_namespace", blank, task=4, group="tenant_namespace: empty")
    for _ in range(30):
        tenant = gen.pick(rng, PARTS)
        reference = gen.pick(rng, PARTS)
        if gen.chance(rng, 0.15):
            tenant, reference = gen.pick(rng, (("", reference), (tenant, ""), ("ac:me", "x")))
        yield Case.probe(order, gen.pick(rng, DOMAINS).strip(), tenant, reference, task=4)
