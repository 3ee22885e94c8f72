import copy
from http import HTTPStatus
from typing import Any, Literal, TypedDict

import pytest

from webhook_typeddict_validation import (
    Customer,
    LineItem,
    OrderEvent,
    PayloadError,
    parse_order_event,
    validate_payload,
)


def good() -> dict[str, Any]:
    return {
        "event": "order.created",
        "id": "ord_1",
        "customer": {"id": "cus_9", "email": "ana@example.com"},
        "items": [{"sku": "A-1", "quantity": 2}, {"sku": "B-7", "quantity": 1}],
        "note": "leave at the door",
        "tags": ["web", "promo"],
    }


def error_for(payload: object) -> str:
    with pytest.raises(PayloadError) as info:
        parse_order_event(payload)
    return str(info.value)


@pytest.mark.task(taskno=1)
def test_schemas_declare_which_keys_are_required() -> None:
    assert Customer.__required_keys__ == frozenset({"id"}), "email is NotRequired"
    assert LineItem.__required_keys__ == frozenset({"sku", "quantity"})
    want = frozenset({"event", "id", "customer", "items"})
    assert OrderEvent.__required_keys__ == want, "total=False plus Required[...] for the core"
    assert OrderEvent.__optional_keys__ == frozenset({"note", "tags"})


@pytest.mark.task(taskno=2)
def test_valid_event_is_returned_unchanged() -> None:
    payload = good()
    got = parse_order_event(payload)
    assert got is payload, "validation must not copy or rebuild the payload"
    assert got == good()


@pytest.mark.task(taskno=2)
def test_optional_keys_may_be_left_out() -> None:
    payload = good()
    del payload["note"], payload["tags"], payload["customer"]["email"]
    payload["items"] = []
    assert parse_order_event(payload) == payload, "an empty items list is still a list"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda p: p.pop("id"), "id: missing required key"),
        (lambda p: p["customer"].pop("id"), "customer.id: missing required key"),
        (lambda p: p["items"][1].pop("quantity"), "items[1].quantity: missing required key"),
        (lambda p: p.update(event="order.shipped"), "event: expected one of"),
        (lambda p: p.update(id=1), "id: expected str, got int"),
        (lambda p: p["items"][0].update(quantity="2"), "items[0].quantity: expected int, got str"),
        (
            lambda p: p["items"][0].update(quantity=True),
            "items[0].quantity: expected int, got bool",
        ),
        (lambda p: p.update(tags="web"), "tags: expected list, got str"),
        (lambda p: p.update(tags=["web", 3]), "tags[1]: expected str, got int"),
        (lambda p: p.update(customer="cus_9"), "customer: expected object, got str"),
        (lambda p: p["customer"].update(email=None), "customer.email: expected str, got NoneType"),
        (lambda p: p.update(coupon="X"), "coupon: unexpected key"),
        (lambda p: p["items"][1].update(color="red"), "items[1].color: unexpected key"),
    ],
)
def test_errors_point_at_the_offending_value(mutate: Any, message: str) -> None:
    payload = good()
    mutate(payload)
    got = error_for(payload)
    assert got.startswith(message), f"expected an error starting {message!r}, got {got!r}"


@pytest.mark.task(taskno=2)
def test_the_first_problem_in_the_payloads_order_wins() -> None:
    rest = {key: value for key, value in good().items() if key not in ("tags", "id")}
    payload = {"coupon": "X", "tags": "web", **rest, "id": 7}
    assert error_for(payload) == "coupon: unexpected key", "coupon comes first in the payload"
    payload = {"tags": "web", **rest, "id": 7, "coupon": "X"}
    assert error_for(payload) == "tags: expected list, got str", "payload order, not schema order"


@pytest.mark.task(taskno=2)
def test_missing_keys_are_reported_in_sorted_order() -> None:
    got = error_for({"tags": []})
    assert got == "customer: missing required key", f"first missing key alphabetically: {got}"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("payload", [None, [], "order", 42])
def test_top_level_must_be_an_object(payload: object) -> None:
    assert error_for(payload).startswith("<root>: expected object"), "empty path shows <root>"


@pytest.mark.task(taskno=2)
def test_payload_error_exposes_path_and_problem() -> None:
    payload = good()
    payload["items"][1]["sku"] = 7
    with pytest.raises(ValueError, match=r"items\[1\]\.sku") as info:
        parse_order_event(payload)
    assert isinstance(info.value, PayloadError)
    assert info.value.path == "items[1].sku"
    assert info.value.problem == "expected str, got int"


@pytest.mark.task(taskno=3)
def test_validate_payload_works_for_any_typeddict() -> None:
    class Ping(TypedDict, total=False):
        seq: int
        source: str

    assert validate_payload(Ping, {}) == {}, "total=False: every key optional"
    assert validate_payload(Ping, {"seq": 3}) == {"seq": 3}
    with pytest.raises(PayloadError, match="seq: expected int"):
        validate_payload(Ping, {"seq": 3.5})


@pytest.mark.task(taskno=3)
def test_types_and_literals_match_exactly() -> None:
    class Reading(TypedDict):
        level: Literal[1, 2]
        count: int

    assert validate_payload(Reading, {"level": 1, "count": 0}) == {"level": 1, "count": 0}
    with pytest.raises(PayloadError, match=r"^level: expected one of \[1, 2\], got True$"):
        validate_payload(Reading, {"level": True, "count": 0})
    with pytest.raises(PayloadError, match="^count: expected int, got HTTPStatus$"):
        validate_payload(Reading, {"level": 2, "count": HTTPStatus.OK})


@pytest.mark.task(taskno=3)
def test_validate_payload_refuses_a_schema_that_is_not_a_typeddict() -> None:
    with pytest.raises(TypeError, match="TypedDict"):
        validate_payload(dict, {})


@pytest.mark.task(taskno=3)
def test_validation_never_mutates_the_input() -> None:
    payload = good()
    payload["extra"] = 1
    before = copy.deepcopy(payload)
    with pytest.raises(PayloadError):
        parse_order_event(payload)
    assert payload == before
