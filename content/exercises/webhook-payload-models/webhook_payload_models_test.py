import json
from typing import Any

import pytest
from pydantic import SecretStr, ValidationError

from webhook_payload_models import (
    Customer,
    Money,
    PaymentSucceeded,
    RefundIssued,
    parse_delivery,
    public_view,
    rejection_locations,
    signature_matches,
)

SIGNATURE = "whsec_0123456789abcdef"


def payment(**changes: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": "payment.succeeded",
        "payment_id": "pay_7Kq2",
        "customer": {"id": "cus_1", "email": " Ana.Silva@Example.COM "},
        "amount": {"amount": 1999, "currency": "EUR"},
    }
    event.update(changes)
    return event


def refund(**changes: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": "refund.issued",
        "payment_id": "pay_7Kq2",
        "original": {"amount": 1999, "currency": "EUR"},
        "refunded": {"amount": 500, "currency": "EUR"},
    }
    event.update(changes)
    return event


def body(event: dict[str, Any], **changes: Any) -> str:
    delivery: dict[str, Any] = {
        "delivery_id": "6f1c2a1e-8a53-4a57-9a1e-0c1d2e3f4a5b",
        "sent_at": "2026-03-01T12:00:00Z",
        "signature": SIGNATURE,
        "event": event,
    }
    delivery.update(changes)
    return json.dumps(delivery)


@pytest.mark.task(taskno=1)
def test_money_accepts_zero_and_rejects_negative_amounts() -> None:
    assert Money(amount=0, currency="EUR").amount == 0, "a zero amount is valid (ge=0)"
    with pytest.raises(ValidationError) as info:
        Money(amount=-1, currency="EUR")
    assert [e["loc"] for e in info.value.errors()] == [("amount",)]


@pytest.mark.task(taskno=1)
def test_money_currency_is_three_upper_case_letters() -> None:
    for bad in ("eur", "EURO", "E1R", ""):
        with pytest.raises(ValidationError):
            Money(amount=1, currency=bad)


@pytest.mark.task(taskno=1)
def test_money_is_frozen() -> None:
    money = Money(amount=5, currency="USD")
    with pytest.raises(ValidationError):
        money.amount = 6  # type: ignore[misc, unused-ignore]
    assert money.amount == 5, "a frozen model refuses assignment"


@pytest.mark.task(taskno=1)
def test_customer_email_is_stripped_and_lower_cased() -> None:
    got = Customer(id="cus_1", email="  Ana.Silva@Example.COM ").email
    assert got == "ana.silva@example.com", f"the validator normalises the address, got {got!r}"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("email", ["ana.example.com", "@example.com", "ana@localhost", ""])
def test_customer_rejects_malformed_emails(email: str) -> None:
    with pytest.raises(ValidationError) as info:
        Customer(id="cus_1", email=email)
    assert [e["loc"] for e in info.value.errors()] == [("email",)], email


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("email", "stored"),
    [
        ("\tbo@x.io\n", "bo@x.io"),
        ("\u00a0Cy@X.io\u00a0", "cy@x.io"),
        ("a@b@c.d", "a@b@c.d"),
        ("ana@b.", "ana@b."),
    ],
)
def test_customer_email_rule_is_the_first_at_and_a_dot_after_it(email: str, stored: str) -> None:
    got = Customer(id="cus_1", email=email).email
    assert got == stored, f"strip() any whitespace, lower(), split at the first @: {got!r}"


@pytest.mark.task(taskno=1)
def test_customer_id_length_bounds() -> None:
    assert Customer(id="c", email="a@b.io").id == "c", "one character is enough"
    assert len(Customer(id="c" * 32, email="a@b.io").id) == 32, "32 characters are allowed"
    for bad in ("", "c" * 33):
        with pytest.raises(ValidationError):
            Customer(id=bad, email="a@b.io")


@pytest.mark.task(taskno=2)
def test_partial_and_full_refunds_are_valid() -> None:
    partial = RefundIssued.model_validate(refund())
    assert partial.refunded.amount == 500
    full = RefundIssued.model_validate(refund(refunded={"amount": 1999, "currency": "EUR"}))
    assert full.refunded == full.original, "refunding the whole amount is allowed"
    assert full.reason is None, "reason defaults to None"


@pytest.mark.task(taskno=2)
def test_refund_larger_than_payment_is_rejected() -> None:
    with pytest.raises(ValidationError, match="exceeds"):
        RefundIssued.model_validate(refund(refunded={"amount": 2000, "currency": "EUR"}))


@pytest.mark.task(taskno=2)
def test_refund_in_another_currency_is_rejected() -> None:
    with pytest.raises(ValidationError, match="currency"):
        RefundIssued.model_validate(refund(refunded={"amount": 5, "currency": "USD"}))


@pytest.mark.task(taskno=2)
def test_refund_reason_is_at_most_200_characters() -> None:
    assert RefundIssued.model_validate(refund(reason="x" * 200)).reason == "x" * 200
    with pytest.raises(ValidationError):
        RefundIssued.model_validate(refund(reason="x" * 201))


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("payment_id", ["ch_123", "pay_", "pay_7\n", "pay_١٢"])
def test_payment_id_must_be_pay_and_ascii_letters_or_digits(payment_id: str) -> None:
    with pytest.raises(ValidationError):
        PaymentSucceeded.model_validate(payment(payment_id=payment_id))


@pytest.mark.task(taskno=3)
def test_parses_a_payment_delivery_from_json() -> None:
    delivery = parse_delivery(body(payment()).encode())
    assert isinstance(delivery.event, PaymentSucceeded), "the type tag picks the model"
    assert delivery.event.customer.email == "ana.silva@example.com"
    assert delivery.attempt == 1, "attempt defaults to 1"
    assert delivery.sent_at.utcoffset() is not None
    assert isinstance(delivery.signature, SecretStr)
    assert SIGNATURE not in repr(delivery), "the signature must never show in a repr"


@pytest.mark.task(taskno=3)
def test_parses_a_refund_delivery() -> None:
    delivery = parse_delivery(body(refund(), attempt=5))
    assert isinstance(delivery.event, RefundIssued)
    assert delivery.attempt == 5, "5 is the last allowed attempt"


@pytest.mark.task(taskno=3)
def test_valid_body_has_no_rejection_locations() -> None:
    got = rejection_locations(body(payment(), attempt=1))
    assert got == [], f"nothing to report, got {got}"


@pytest.mark.task(taskno=3)
def test_locations_of_delivery_level_errors() -> None:
    raw = body(payment(), sent_at="2026-03-01T12:00:00", attempt=0, debug=True)
    got = rejection_locations(raw)
    want = [("sent_at",), ("attempt",), ("debug",)]
    assert got == want, f"naive time, attempt 0 and an unknown key, got {got}"


@pytest.mark.task(taskno=3)
def test_attempt_above_five_and_short_signature_are_rejected() -> None:
    got = rejection_locations(body(payment(), attempt=6, signature="s" * 15))
    assert got == [("attempt",), ("signature",)], got
    assert rejection_locations(body(payment(), signature="s" * 16)) == []


@pytest.mark.task(taskno=3)
def test_nested_error_location_includes_the_discriminator_tag() -> None:
    bad = payment(customer={"id": "cus_1", "email": "nobody"})
    got = rejection_locations(body(bad))
    want = [("event", "payment.succeeded", "customer", "email")]
    assert got == want, f"the union member's tag is part of the path, got {got}"
    got = rejection_locations(body(refund(refunded={"amount": 1, "currency": "usd"})))
    assert got == [("event", "refund.issued", "refunded", "currency")], got


@pytest.mark.task(taskno=3)
def test_unknown_keys_are_refused_inside_the_event_too() -> None:
    bad = payment(amount={"amount": 1999, "currency": "EUR", "cents": 1})
    got = rejection_locations(body(bad))
    assert got == [("event", "payment.succeeded", "amount", "cents")], got


@pytest.mark.task(taskno=3)
def test_model_level_refund_error_is_located_at_the_event() -> None:
    raw = body(refund(refunded={"amount": 9999, "currency": "EUR"}))
    assert rejection_locations(raw) == [("event", "refund.issued")]


@pytest.mark.task(taskno=3)
def test_unknown_event_type_and_broken_json() -> None:
    assert rejection_locations(body(payment(type="payment.failed"))) == [("event",)]
    assert rejection_locations("{not json") == [()], "invalid JSON is reported at the root"


@pytest.mark.task(taskno=4)
def test_public_view_is_json_ready_and_masks_the_signature() -> None:
    got = public_view(parse_delivery(body(payment(), attempt=2)))
    want = {
        "delivery_id": "6f1c2a1e-8a53-4a57-9a1e-0c1d2e3f4a5b",
        "sent_at": "2026-03-01T12:00:00Z",
        "attempt": 2,
        "signature": "**********",
        "event": {
            "type": "payment.succeeded",
            "payment_id": "pay_7Kq2",
            "customer": {"id": "cus_1", "email": "ana.silva@example.com"},
            "amount": {"amount": 1999, "currency": "EUR"},
        },
    }
    assert got == want, f"model_dump(mode='json') gives plain JSON types, got {got}"
    assert json.loads(json.dumps(got)) == got


@pytest.mark.task(taskno=4)
def test_signature_matches_compares_the_secret_value() -> None:
    delivery = parse_delivery(body(payment()))
    assert signature_matches(delivery, SIGNATURE) is True
    assert signature_matches(delivery, SIGNATURE[:-1] + "0") is False
    assert signature_matches(delivery, "**********") is False, "compare the secret, not its mask"


@pytest.mark.task(taskno=4)
def test_signature_matches_works_with_non_ascii_signatures() -> None:
    delivery = parse_delivery(body(payment(), signature="ünïcode-signature-✓"))
    assert signature_matches(delivery, "ünïcode-signature-✓") is True, "compare UTF-8 bytes"
    assert signature_matches(delivery, "ünïcode-signature-x") is False
