"""Sealed cases for orjson-api-payloads.

Nested payloads of text with every kind of code point, integers at orjson's limits,
floats (NaN, infinities, -0.0), Decimals with trailing zeros and exponents, aware
datetimes in half- and quarter-hour zones with microseconds around the millisecond
boundaries, dates, sets and frozensets of text and of integers, bytes, UUIDs, tuples,
enum members, dataclasses and dicts with integer keys; payloads with a naive datetime (no
tzinfo, or one whose offset is None), a time, a complex number or an out-of-range integer
buried inside. Orders round-tripped; order documents with one bad or missing field each
(numbers for money, NaN and Infinity, non-UUID text, naive and date-only timestamps,
unknown statuses, tags that are not a list of text), documents that are not objects or
not JSON. NDJSON exports from generators, imports with blank, whitespace-only and CRLF
lines, a bare CR inside a line, and a bad line at a random place.
"""

from __future__ import annotations

import dataclasses
import math
import random
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, tzinfo
from decimal import Decimal
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "orjson_api_payloads"

WORDS = ("id", "name", "total", "items", "at", "zeta", "Alpha", "alpha", "_x", "ß", "é", "日")


@dataclasses.dataclass
class Shipment:
    """A dataclass the payloads carry: fields deliberately not in sorted order."""

    weight: Decimal
    carrier: str
    due: date


def _scalar(rng: random.Random) -> Any:
    kind = rng.randrange(14)
    if kind == 0:
        return gen.text(rng)
    if kind == 1:
        return gen.pick(rng, (0, -1, 2**63 - 1, -(2**63), 2**64 - 1, rng.randint(-(10**6), 10**6)))
    if kind == 2:
        return gen.pick(rng, (0.1, -0.0, 1e300, float("nan"), float("inf"), -float("inf"), 2.5))
    if kind == 3:
        return gen.pick(rng, (True, False, None))
    if kind == 4:
        return gen.decimal(rng)
    if kind == 5:
        return gen.pick(rng, (Decimal("12.50"), Decimal("1E+3"), Decimal("-0.00"),
                              Decimal("0.0000001")))  # fmt: skip
    if kind == 6:
        moment = gen.aware_datetime(rng, zones="mixed")
        if gen.chance(rng, 0.5):
            micro = gen.pick(rng, (0, 999, 1000, 999_999, 999_500, 123_456, 1))
            moment = moment.replace(microsecond=micro)
        return moment
    if kind == 7:
        return date(rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28))
    if kind == 8:
        return set(gen.some(rng, WORDS, rng.randint(0, 6)))
    if kind == 9:
        return frozenset(rng.randint(-50, 50) for _ in range(rng.randint(0, 6)))
    if kind == 10:
        return rng.randbytes(rng.randint(0, 9))
    if kind == 11:
        return uuid.UUID(int=rng.getrandbits(128))
    if kind == 12:
        return ("tuple", rng.randint(0, 9))
    return gen.word(rng)


def _payload(rng: random.Random, depth: int = 0) -> Any:
    if depth >= 3 or gen.chance(rng, 0.35):
        return _scalar(rng)
    if gen.chance(rng, 0.5):
        return [_payload(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    document: dict[Any, Any] = {}
    for _ in range(rng.randint(0, 5)):
        key: Any = gen.pick(rng, WORDS) if gen.chance(rng, 0.75) else rng.randint(-20, 120)
        document[key] = _payload(rng, depth + 1)
    return document


def encode_with_objects(solution, payload, status, shipment):  # type: ignore[no-untyped-def]
    """``encode`` of a payload that also holds a ``Status`` member and a dataclass."""
    weight, carrier, due = shipment
    wrapped = {"payload": payload, "status": solution.Status(status),
               "shipment": Shipment(weight, carrier, due)}  # fmt: skip
    return observe(solution.encode, wrapped, errors=("TypeError",))


class _NoOffset(tzinfo):
    """A ``tzinfo`` whose ``utcoffset()`` is ``None``: its datetimes are naive."""

    def utcoffset(self, dt: datetime | None) -> None:
        return None

    def tzname(self, dt: datetime | None) -> str:
        return "?"

    def dst(self, dt: datetime | None) -> None:
        return None


def _bury(rng: random.Random, bad: Any) -> Any:
    payload: Any = bad
    for _ in range(rng.randint(0, 3)):
        payload = gen.pick(rng, ([payload], {"k": payload}, {7: [1, payload]}))
    return payload


def bad_value(solution, kind, depth_seed):  # type: ignore[no-untyped-def]
    rng = random.Random(depth_seed)
    bad = {
        "naive": datetime(2024, 5, 1, 12, 0),
        "offsetless": datetime(2024, 5, 1, 12, 0, tzinfo=_NoOffset()),
        "time": time(12, 0),
        "complex": 1j,
        "object": object(),
        "huge": 2**64,
        "tiny": -(2**63) - 1,
    }[kind]
    return observe(solution.encode, _bury(rng, bad), errors=("TypeError",))


def round_trip(solution, fields):  # type: ignore[no-untyped-def]
    order_id, customer, placed_at, total, status, tags = fields
    order = solution.Order(order_id, customer, placed_at, total, solution.Status(status),
                           frozenset(tags))  # fmt: skip
    data = solution.encode(order)
    back = solution.decode_order(data)
    return {"bytes": data, "back": back, "equal": back == order,
            "utc": back.placed_at.tzinfo is UTC}  # fmt: skip


GOOD = {"order_id": "8c0e5a52-4b7a-4f5e-9a57-1f0d3c2b1a00", "customer": "Ada",
        "placed_at": "2024-05-01T10:30:00.123Z", "total": "12.50", "status": "paid",
        "tags": ["express", "gift"]}  # fmt: skip
VALID = {
    "order_id": ("8C0E5A52-4B7A-4F5E-9A57-1F0D3C2B1A00", "{8c0e5a52-4b7a-4f5e-9a57-1f0d3c2b1a00}",
                 "urn:uuid:8c0e5a52-4b7a-4f5e-9a57-1f0d3c2b1a00",
                 "8c0e5a524b7a4f5e9a571f0d3c2b1a00"),
    "customer": ("", "Čeněk", "O'Brien \"Bob\"", "日本"),
    "placed_at": ("2024-05-01T12:30:00.123+02:00", "2024-05-01T05:45:00+05:45",
                  "2024-05-01 10:30:00+00:00", "2024-02-29T23:59:59.999999-03:30",
                  "2024-05-01T10:30Z"),
    "total": ("0", "-0.00", "1E+3", " 12 ", "1_000.5", "0.10", "99999999999999999999.99"),
    "status": ("pending", "shipped"),
    "tags": ([], ["a", "a"], ["z", "é", "A"]),
}  # fmt: skip
INVALID = {
    "order_id": ("nope", "", 123, None, "8c0e5a52-4b7a-4f5e-9a57"),
    "customer": (5, None, ["Ada"]),
    "placed_at": ("2024-05-01T10:30:00", "2024-05-01", "yesterday", 1714559400, None),
    "total": (12.5, 12, "ten", "NaN", "Infinity", "-inf", "", "1,5", None, True, "sNaN"),
    "status": ("PAID", "", None, 1, "lost"),
    "tags": ("gift", [1], None, {"a": 1}, ["ok", None]),
}  # fmt: skip


def decode_document(solution, document, field):  # type: ignore[no-untyped-def]
    """``decode_order`` of a JSON text; ``field`` (if any) must be named by the error."""
    import json

    text = json.dumps(document, ensure_ascii=gen.pick(random.Random(len(str(document))),
                                                      (True, False)))  # fmt: skip
    return observe(solution.decode_order, text.encode(), errors=("ValueError",), message=field)


def lines_from_generator(solution, records):  # type: ignore[no-untyped-def]
    data = solution.encode_lines(record for record in records)
    return {"data": data, "back": solution.decode_lines(data)}


def _order_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(15):
        placed = gen.aware_datetime(rng).astimezone(UTC)
        placed = placed.replace(microsecond=placed.microsecond // 1000 * 1000)
        fields = [uuid.UUID(int=rng.getrandbits(128)), gen.text(rng), placed,
                  gen.decimal(rng), gen.pick(rng, ("pending", "paid", "shipped")),
                  gen.some(rng, WORDS, rng.randint(0, 4))]  # fmt: skip
        yield Case.probe(round_trip, fields, task=2)
    for field, values in VALID.items():
        for value in values:
            document = dict(GOOD, **{field: value})
            if gen.chance(rng, 0.3):
                document["extra"] = {"ignored": [1, 2]}
            yield Case.probe(decode_document, document, None, task=2, group="decode_order: valid")
    group = "decode_order: bad field"
    for field, values in INVALID.items():
        for value in values:
            yield Case.probe(decode_document, dict(GOOD, **{field: value}), field, task=2,
                             group=group)  # fmt: skip
        missing = {key: value for key, value in GOOD.items() if key != field}
        yield Case.probe(decode_document, missing, field, task=2, group=group)
    group = "decode_order: not an order"
    for data in (b"", b"{", b"[1, 2]", b"null", b'"order"', b"12", b"{'a': 1}", b"\xff\xfe"):
        yield Case.call("decode_order", data, task=2, group=group, errors=("ValueError",))


def _ndjson_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(8):
        records = [_payload(rng) for _ in range(rng.randint(0, 5))]
        records = [record for record in records if not _has_nan(record)]
        yield Case.probe(lines_from_generator, records, task=3)
    group = "decode_lines"
    for _ in range(10):
        lines = [gen.pick(rng, (b'{"a":1}', b"[1,2]", b"null", b'"x"', b"", b"  ", b"\t",
                                b'{"b":{"c":[true]}}', b"3.5", b"[1,\r2]", b'{"a":\r1}',
                                b"\r"))
                 for _ in range(rng.randint(0, 7))]  # fmt: skip
        lines.insert(rng.randint(0, len(lines)), b'{"cr":\r"inside"}')
        if gen.chance(rng, 0.5) and lines:
            bad_at = rng.randrange(len(lines))
            lines[bad_at] = gen.pick(rng, (b'{"a":', b"nul", b"[1,,2]", b"{'a': 1}", b"\xff"))
            message = rf"line {bad_at + 1}\b"
        else:
            message = None
        separator = gen.pick(rng, (b"\n", b"\r\n"))
        data = separator.join(lines) + gen.pick(rng, (b"", separator))
        yield Case.call("decode_lines", data, task=3, group=group, errors=("ValueError",),
                        message=message or False)  # fmt: skip


def _has_nan(value: Any) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, dict):
        return any(_has_nan(item) for item in value.values())
    if isinstance(value, list | tuple):
        return any(_has_nan(item) for item in value)
    return False


def cases(rng: random.Random) -> Iterator[Case]:
    """About 150 cases per seed over the three tasks."""
    for _ in range(40):
        yield Case.call("encode", _payload(rng), task=1, errors=("TypeError",))
    for _ in range(8):
        shipment = [gen.decimal(rng), gen.word(rng), date(2024, rng.randint(1, 12), 1)]
        yield Case.probe(encode_with_objects, _payload(rng), gen.pick(rng, ("paid", "shipped")),
                         shipment, task=1)  # fmt: skip
    group = "encode: refused values"
    for kind in ("naive", "offsetless", "time", "complex", "object", "huge", "tiny"):
        yield Case.probe(bad_value, kind, rng.randrange(1000), task=1, group=group)
    yield from _order_cases(rng)
    yield from _ndjson_cases(rng)
