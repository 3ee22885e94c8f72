import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from event_log_json_codec import EventEncoder, Severity, decode_hook, dumps_event, loads_event

AT = datetime(2024, 3, 1, 12, 30, 5, tzinfo=UTC)


@pytest.mark.task(taskno=1)
def test_encoder_tags_each_rich_type() -> None:
    got = json.dumps([AT, Decimal("19.90"), Severity.ERROR], cls=EventEncoder)
    want = (
        '[{"__type__": "datetime", "value": "2024-03-01T12:30:05+00:00"}, '
        '{"__type__": "decimal", "value": "19.90"}, '
        '{"__type__": "severity", "value": "error"}]'
    )
    assert got == want, f"got {got}"


@pytest.mark.task(taskno=1)
def test_encoder_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="naive"):
        json.dumps({"at": datetime(2024, 1, 1)}, cls=EventEncoder)


@pytest.mark.task(taskno=1)
def test_encoder_still_rejects_unknown_types_with_type_error() -> None:
    with pytest.raises(TypeError, match="set"):
        json.dumps({"ids": {1, 2}}, cls=EventEncoder)


@pytest.mark.task(taskno=2)
def test_hook_leaves_plain_objects_alone() -> None:
    plain = {"user": "ana", "count": 2}
    assert decode_hook(plain) == {"user": "ana", "count": 2}


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    ("tagged", "want"),
    [
        ({"__type__": "datetime", "value": "2024-03-01T12:30:05+00:00"}, AT),
        ({"__type__": "decimal", "value": "0.10"}, Decimal("0.10")),
        ({"__type__": "severity", "value": "warning"}, Severity.WARNING),
    ],
)
def test_hook_restores_tagged_values(tagged: dict[str, Any], want: object) -> None:
    got = decode_hook(tagged)
    assert got == want and type(got) is type(want), f"expected {want!r}, got {got!r}"


@pytest.mark.task(taskno=2)
def test_hook_rejects_unknown_tags() -> None:
    with pytest.raises(ValueError, match="uuid"):
        decode_hook({"__type__": "uuid", "value": "x"})
    with pytest.raises(ValueError, match="None"):
        decode_hook({"__type__": None, "value": "x"})


@pytest.mark.task(taskno=2)
def test_hook_keeps_microseconds_and_odd_offsets() -> None:
    zone = timezone(-timedelta(hours=9, minutes=30))
    moment = datetime(1969, 7, 20, 20, 17, 40, 123456, tzinfo=zone)
    got = decode_hook({"__type__": "datetime", "value": moment.isoformat()})
    assert got == moment and got.utcoffset() == moment.utcoffset(), f"got {got!r}"
    assert got.microsecond == 123456, "microseconds survive"


@pytest.mark.task(taskno=3)
def test_dumps_event_is_compact_and_key_sorted() -> None:
    got = dumps_event({"z": 1, "a": [True, None], "m": "é"})
    assert got == '{"a":[true,null],"m":"\\u00e9","z":1}', f"got {got}"


@pytest.mark.task(taskno=3)
def test_round_trip_keeps_types_and_exact_values() -> None:
    event = {
        "at": datetime(2024, 3, 1, 14, 0, 0, 250000, tzinfo=timezone(timedelta(hours=2))),
        "amount": Decimal("1234.50"),
        "severity": Severity.INFO,
        "tags": ["billing", {"nested": Decimal("-0.001")}],
        "count": 3,
    }
    back = loads_event(dumps_event(event))
    assert back == event, f"round trip changed the event: {back}"
    assert str(back["amount"]) == "1234.50", "the trailing zero of a Decimal survives"
    assert back["at"].utcoffset() == timedelta(hours=2), "the UTC offset survives"
    assert back["at"].microsecond == 250000, "so do the microseconds"


@pytest.mark.task(taskno=3)
def test_loads_reads_fractional_numbers_as_decimal_and_integers_as_int() -> None:
    got = loads_event('{"price": 0.1, "qty": 3, "total": 2.50}')
    assert got == {"price": Decimal("0.1"), "qty": 3, "total": Decimal("2.50")}
    assert str(got["total"]) == "2.50", "the number's own digits, trailing zero included"
    assert type(got["price"]) is Decimal and type(got["qty"]) is int, got


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("text", ["[1, 2]", '"event"', "42", "null"])
def test_loads_requires_a_json_object(text: str) -> None:
    with pytest.raises(ValueError, match="object"):
        loads_event(text)


@pytest.mark.task(taskno=3)
def test_loads_reports_broken_json_as_decode_error() -> None:
    with pytest.raises(json.JSONDecodeError):
        loads_event('{"at": ')


@pytest.mark.task(taskno=3)
def test_empty_event_round_trips() -> None:
    assert dumps_event({}) == "{}"
    assert loads_event("{}") == {}
