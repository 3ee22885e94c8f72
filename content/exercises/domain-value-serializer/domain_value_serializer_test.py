import json
import uuid
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum, IntEnum

import pytest
from domain_value_serializer import AuditFormatter, to_jsonable

CET = timezone(timedelta(hours=1))


class Plan(Enum):
    FREE = "free"
    PRO = "pro"


class Tier(IntEnum):
    GOLD = 3


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("value", [None, True, False, 0, -7, 2.5, "", "héllo"])
def test_json_native_values_pass_through(value: object) -> None:
    got = to_jsonable(value)
    assert got == value and type(got) is type(value), f"{value!r} is already JSON-ready"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_floats_are_rejected(value: float) -> None:
    with pytest.raises(ValueError):
        to_jsonable(value)


@pytest.mark.task(taskno=1)
def test_domain_scalars_become_strings() -> None:
    assert to_jsonable(Decimal("19.990")) == "19.990", "Decimal keeps its exact digits"
    assert to_jsonable(date(2024, 2, 29)) == "2024-02-29", "dates are ISO 8601"
    got = to_jsonable(datetime(2024, 2, 29, 13, 5, tzinfo=CET))
    assert got == "2024-02-29T13:05:00+01:00", f"aware datetimes keep their offset, got {got}"
    uid = uuid.UUID("12345678-1234-5678-1234-567812345678")
    assert to_jsonable(uid) == "12345678-1234-5678-1234-567812345678", "UUIDs as text"


@pytest.mark.task(taskno=1)
def test_naive_datetimes_are_rejected() -> None:
    with pytest.raises(ValueError, match="timezone"):
        to_jsonable(datetime(2024, 1, 1, 12, 0))


@pytest.mark.task(taskno=1)
def test_enums_serialise_their_value() -> None:
    assert to_jsonable(Plan.PRO) == "pro", "an Enum becomes its value"
    got = to_jsonable(Tier.GOLD)
    assert got == 3 and type(got) is int, f"an IntEnum becomes a plain int, got {got!r}"


@pytest.mark.task(taskno=2)
def test_containers_are_converted_recursively() -> None:
    order = {
        "id": uuid.UUID(int=1),
        "total": Decimal("10.00"),
        "lines": [(1, Decimal("5")), (2, Decimal("2.50"))],
        "tags": {"b", "a", "c"},
        "plan": Plan.FREE,
        "meta": {"placed": date(2024, 5, 1), "empty": frozenset()},
    }
    got = to_jsonable(order)
    want = {
        "id": "00000000-0000-0000-0000-000000000001",
        "total": "10.00",
        "lines": [[1, "5"], [2, "2.50"]],
        "tags": ["a", "b", "c"],
        "plan": "free",
        "meta": {"placed": "2024-05-01", "empty": []},
    }
    assert got == want, f"nested values are converted, sets are sorted, got {got}"
    json.dumps(got)  # must not raise


@pytest.mark.task(taskno=2)
def test_sets_are_sorted_by_their_items_not_by_the_text() -> None:
    got = to_jsonable({Decimal("10.5"), Decimal("9.99")})
    assert got == ["9.99", "10.5"], f"numeric order, although '10.5' < '9.99' as text, got {got}"


@pytest.mark.task(taskno=2)
def test_dict_keys_must_be_strings() -> None:
    with pytest.raises(TypeError, match="keys"):
        to_jsonable({1: "one"})
    with pytest.raises(TypeError):
        to_jsonable({"ok": {("a",): 1}})


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("value", [object(), b"bytes", 3j, [1, object()]])
def test_unknown_types_raise_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="cannot serialise"):
        to_jsonable(value)


@pytest.mark.task(taskno=3)
def test_audit_formatter_dispatches_on_the_event_type() -> None:
    audit = AuditFormatter("billing")
    assert audit.describe("invoice sent") == "[billing] note: invoice sent"
    assert audit.describe(404) == "[billing] status 404"
    got = audit.describe(KeyError("acct-9"))
    assert got == "[billing] error KeyError: 'acct-9'", f"exceptions show their type, got {got}"
    got = AuditFormatter("auth").describe(PermissionError("denied"))
    assert got == "[auth] error PermissionError: denied", (
        f"subclasses use the Exception format, got {got}"
    )


@pytest.mark.task(taskno=3)
def test_audit_formatter_rejects_unknown_events() -> None:
    with pytest.raises(TypeError, match="no audit format for float"):
        AuditFormatter("x").describe(1.5)
