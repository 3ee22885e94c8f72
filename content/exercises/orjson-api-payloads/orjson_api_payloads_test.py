import dataclasses
import enum
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest
from orjson_api_payloads import (
    Order,
    Status,
    decode_lines,
    decode_order,
    encode,
    encode_lines,
)

ORDER_ID = UUID("8c0e5a52-4b7a-4f5e-9a57-1f0d3c2b1a00")
ORDER = Order(
    order_id=ORDER_ID,
    customer="Ada",
    placed_at=datetime(2024, 5, 1, 10, 30, 0, 123000, tzinfo=UTC),
    total=Decimal("12.50"),
    status=Status.PAID,
    tags=frozenset({"gift", "express"}),
)
ORDER_BYTES = (
    b'{"order_id":"8c0e5a52-4b7a-4f5e-9a57-1f0d3c2b1a00","customer":"Ada",'
    b'"placed_at":"2024-05-01T10:30:00.123Z","total":"12.50","status":"paid",'
    b'"tags":["express","gift"]}'
)


@pytest.mark.task(taskno=1)
def test_encode_returns_compact_bytes_with_sorted_keys() -> None:
    got = encode({"b": 1, "a": {"z": [1, 2.5, None, True], "y": "é"}, 10: "ten", 9: "nine"})
    assert isinstance(got, bytes), f"orjson returns bytes, got {type(got).__name__}"
    assert got == '{"10":"ten","9":"nine","a":{"y":"é","z":[1,2.5,null,true]},"b":1}'.encode()


@pytest.mark.task(taskno=1)
def test_encode_writes_an_order_canonically() -> None:
    assert encode(ORDER) == ORDER_BYTES


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("12.50"), b'"12.50"'),
        (Decimal("1E+3"), b'"1E+3"'),
        (datetime(2024, 5, 1, 12, 0, 0, 999999, tzinfo=timezone(timedelta(hours=2))),
         b'"2024-05-01T10:00:00.999Z"'),
        (date(2024, 2, 29), b'"2024-02-29"'),
        ({"b", "a", "c"}, b'["a","b","c"]'),
        (frozenset({3, 1, 2}), b"[1,2,3]"),
        (b"hi", b'"aGk="'),
        (Status.SHIPPED, b'"shipped"'),
        ((1, "x"), b'[1,"x"]'),
    ],
)  # fmt: skip
def test_encode_handles_types_orjson_lacks(value: Any, expected: bytes) -> None:
    assert encode(value) == expected


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("value", [datetime(2024, 5, 1, 12, 0), time(12, 0), object(), 2**64, 1j])
def test_encode_refuses_what_it_cannot_write(value: Any) -> None:
    with pytest.raises(TypeError):
        encode({"value": value})


@pytest.mark.task(taskno=1)
def test_dataclass_fields_keep_their_order() -> None:
    class Level(enum.Enum):
        LOW = 1

    @dataclasses.dataclass
    class Reading:
        z: int
        a: Level

    assert encode({"r": Reading(1, Level.LOW)}) == b'{"r":{"z":1,"a":1}}'


@pytest.mark.task(taskno=2)
def test_decode_order_round_trips() -> None:
    order = decode_order(ORDER_BYTES)
    assert order == ORDER
    assert order.placed_at.tzinfo is UTC
    assert decode_order(ORDER_BYTES.decode()) == ORDER


@pytest.mark.task(taskno=2)
def test_decode_order_converts_offsets_to_utc() -> None:
    data = ORDER_BYTES.replace(b"2024-05-01T10:30:00.123Z", b"2024-05-01T12:30:00.123+02:00")
    order = decode_order(data)
    assert order.placed_at == ORDER.placed_at
    assert order.placed_at.tzinfo is UTC


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ORDER_BYTES.replace(b'"total":"12.50"', b'"total":12.5'), "total"),
        (ORDER_BYTES.replace(b'"12.50"', b'"ten"'), "total"),
        (ORDER_BYTES.replace(b'"paid"', b'"lost"'), "status"),
        (ORDER_BYTES.replace(b"2024-05-01T10:30:00.123Z", b"2024-05-01T10:30:00"), "placed_at"),
        (ORDER_BYTES.replace(b'"customer":"Ada",', b""), "customer"),
        (ORDER_BYTES.replace(b"8c0e5a52-", b"nope-"), "order_id"),
        (ORDER_BYTES.replace(b'["express","gift"]', b'"gift"'), "tags"),
    ],
)
def test_decode_order_names_the_bad_field(data: bytes, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        decode_order(data)


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("data", [b"{not json", b"[1, 2]", b""])
def test_decode_order_refuses_documents_that_are_not_orders(data: bytes) -> None:
    with pytest.raises(ValueError, match=r"\w"):
        decode_order(data)


@pytest.mark.task(taskno=3)
def test_ndjson_round_trip() -> None:
    records = [{"id": 2, "at": date(2024, 1, 2)}, [1, 2], "x", None]
    data = encode_lines(records)
    assert data == b'{"at":"2024-01-02","id":2}\n[1,2]\n"x"\nnull\n'
    assert decode_lines(data) == [{"at": "2024-01-02", "id": 2}, [1, 2], "x", None]
    assert encode_lines([]) == b""


@pytest.mark.task(taskno=3)
def test_decode_lines_skips_blank_lines_and_reports_bad_ones() -> None:
    assert decode_lines(b'\n{"a":1}\n  \n2\n') == [{"a": 1}, 2]
    with pytest.raises(ValueError, match="line 3"):
        decode_lines(b'{"a":1}\n\n{"a":\n4\n')
