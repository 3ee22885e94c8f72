"""Sealed cases for webhook-payload-models.

Bodies are built from a valid payment or refund and then broken in one to three places:
unknown keys at every level (not only the top), identifiers with a trailing newline or
non-ASCII letters and digits, e-mails with tabs, no-break spaces, several ``@`` and a dot
right at the end, currencies in other scripts, offsets of half and three-quarter hours,
unicode reasons of 200 and 201 characters, broken and non-object JSON, bytes. A refund
never breaks its currency and its amount at once (the instructions do not say which
message wins). ``sent_at`` is observed as an instant and an offset, so either spelling of
UTC is fine. Signature checks run under a spy on ``hmac.compare_digest``.
"""

from __future__ import annotations

import copy
import hmac
import json
import random
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from pyhero.sealed import Case, gen, observe
from pyhero.sealed.record import spy

SOLUTION = "webhook_payload_models"

SIGNATURE = "whsec_0123456789abcdef"
EMAILS = (" Ana.Silva@Example.COM ", "\tbo@x.io\n", "\u00a0cy@ünï.example\u00a0", "a@b@c.d",
          "@a@b.c", "ana@b.", "ana@.", "ana@localhost", "ana.example.com", "", "   ",
          "STRASSE@Example.De", "x@y.z", "ANA@EXAMPLE.COM", "a b@c.d")  # fmt: skip
PAYMENT_IDS = ("pay_7Kq2", "pay_A", "pay_", "ch_123", "pay_7\n", "pay_١٢", "pay_ünï", "PAY_1",
               "pay_a-b", " pay_1")  # fmt: skip
CURRENCIES = ("EUR", "USD", "JPY", "eur", "EURO", "E1R", "ÄÖÜ", "EUR\n", "")
SENT_AT = ("2026-03-01T12:00:00Z", "2026-03-01T12:00:00+05:45", "2026-03-01T12:00:00-03:30",
           "2026-03-01T12:00:00.123456+14:00", "2026-03-01T12:00:00", "2026-03-01",
           "2026-03-01T12:00:00+00:00", "not a time")  # fmt: skip


def _payment() -> dict[str, Any]:
    return {"type": "payment.succeeded", "payment_id": "pay_7Kq2",
            "customer": {"id": "cus_1", "email": "ana@example.com"},
            "amount": {"amount": 1999, "currency": "EUR"}}  # fmt: skip


def _refund() -> dict[str, Any]:
    return {"type": "refund.issued", "payment_id": "pay_7Kq2",
            "original": {"amount": 1999, "currency": "EUR"},
            "refunded": {"amount": 500, "currency": "EUR"}}  # fmt: skip


def _delivery(event: dict[str, Any]) -> dict[str, Any]:
    return {"delivery_id": "6f1c2a1e-8a53-4a57-9a1e-0c1d2e3f4a5b",
            "sent_at": "2026-03-01T12:00:00Z", "signature": SIGNATURE, "event": event}  # fmt: skip


def _instant(value: Any) -> Any:
    """A datetime string as (UTC instant, offset): ``Z`` and ``+00:00`` alike."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return value
    offset = moment.utcoffset()
    return (moment.timestamp(), None if offset is None else offset.total_seconds())


def delivery(solution, raw):  # type: ignore[no-untyped-def]
    """``rejection_locations`` of the body, and for a valid one the ``public_view`` of
    ``parse_delivery`` and the event's class name."""
    locations = observe(solution.rejection_locations, raw)
    seen: dict[str, Any] = {"locations": locations}
    if locations.returned and locations.value == []:
        parsed = solution.parse_delivery(raw)
        view = observe(solution.public_view, parsed)
        if view.returned and isinstance(view.value, dict) and "sent_at" in view.value:
            shown = dict(view.value)
            shown["sent_at"] = _instant(shown["sent_at"])
            seen["public view"] = shown
        else:
            seen["public view"] = view
        seen["event class"] = type(parsed.event).__name__
    return seen


def customer(solution, id_, email):  # type: ignore[no-untyped-def]
    def build() -> Any:
        made = solution.Customer(id=id_, email=email)
        return (made.id, made.email)

    outcome = observe(build)
    locations = None
    if not outcome.returned and callable(getattr(outcome.exception, "errors", None)):
        locations = [tuple(e["loc"]) for e in outcome.exception.errors()]
    return {"outcome": outcome, "locations": locations}


def frozen_money(solution, amount, currency):  # type: ignore[no-untyped-def]
    money = solution.Money(amount=amount, currency=currency)

    def assign() -> None:
        money.amount = amount + 1

    return {"assign": observe(assign, errors=("pydantic.ValidationError",)),
            "after": (money.amount, money.currency)}  # fmt: skip


def signature(solution, secret, expected):  # type: ignore[no-untyped-def]
    """``signature_matches`` under a spy: the answer, and whether ``hmac.compare_digest``
    made the comparison."""
    raw = json.dumps({**_delivery(_payment()), "signature": secret})
    parsed = solution.parse_delivery(raw)
    with spy(hmac, "compare_digest", modules=[solution]) as calls:
        outcome = observe(solution.signature_matches, parsed, expected)
    return {"matches": outcome, "constant-time comparison": calls.called}


UUIDS = ("not-a-uuid", "6F1C2A1E-8A53-4A57-9A1E-0C1D2E3F4A5B", "")
REASONS = (None, "", "é" * 200, "é" * 201, "🙂" * 200)


def _break(rng: random.Random, body: dict[str, Any], is_payment: bool) -> None:
    """One change somewhere in the body (most of them invalid)."""
    event = body["event"]
    choices = [
        lambda: body.__setitem__("sent_at", gen.pick(rng, SENT_AT)),
        lambda: body.__setitem__("attempt", gen.pick(rng, (0, 1, 5, 6, -1))),
        lambda: body.__setitem__("signature", gen.pick(rng, ("s" * 15, "é" * 16, "x" * 16))),
        lambda: body.__setitem__("delivery_id", gen.pick(rng, UUIDS)),
        lambda: body.__setitem__(gen.pick(rng, ("debug", "Event", "ünï")), True),
        lambda: event.__setitem__("payment_id", gen.pick(rng, PAYMENT_IDS)),
        lambda: event.__setitem__("extra_key", 1),
        lambda: event.__setitem__("type", gen.pick(rng, ("payment.failed", "", "refund.issued"))),
        lambda: event.pop("type", None),
    ]
    if is_payment:
        person, money = event["customer"], event["amount"]
        choices += [
            lambda: person.__setitem__("email", gen.pick(rng, EMAILS)),
            lambda: person.__setitem__("id", gen.pick(rng, ("", "c" * 32, "c" * 33, "ünï"))),
            lambda: person.__setitem__("phone", "+49"),
            lambda: money.__setitem__("currency", gen.pick(rng, CURRENCIES)),
            lambda: money.__setitem__("amount", gen.pick(rng, (0, -1, 10**12))),
            lambda: money.__setitem__("cents", 1),
        ]
    else:
        refunded = event["refunded"]
        choices += [
            lambda: event.__setitem__("reason", gen.pick(rng, REASONS)),
            lambda: refunded.__setitem__("amount", gen.pick(rng, (0, 1999, 2000, -5))),
            lambda: refunded.__setitem__("currency", gen.pick(rng, ("USD", "eur", "EUR"))),
            lambda: event["original"].__setitem__("note", "x"),
        ]
    gen.pick(rng, choices)()


def _body(rng: random.Random) -> str | bytes:
    is_payment = gen.chance(rng, 0.55)
    body = _delivery(_payment() if is_payment else _refund())
    for _ in range(rng.randint(0, 3)):
        _break(rng, body, is_payment)
    event = body["event"]
    refunded, original = event.get("refunded"), event.get("original")
    if refunded and original and refunded.get("currency") != original.get("currency"):
        refunded["amount"] = min(refunded.get("amount", 0), 1999)  # one refund rule at a time
    text = json.dumps(body, ensure_ascii=gen.chance(rng, 0.5))
    return text.encode() if gen.chance(rng, 0.3) else text


UNICODE_SIGNATURE = "ünïcode-signature-✓"
SIGNATURE_CHECKS = (
    (SIGNATURE, SIGNATURE),
    (SIGNATURE, SIGNATURE[:-1] + "0"),
    (SIGNATURE, "**********"),
    (UNICODE_SIGNATURE, UNICODE_SIGNATURE),
    (UNICODE_SIGNATURE, UNICODE_SIGNATURE[:-1] + "x"),
    (SIGNATURE, ""),
)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 100 cases per seed."""
    for email in EMAILS:
        yield Case.probe(customer, "cus_1", email, task=1)
    for id_ in ("", "c", "c" * 32, "c" * 33, "ünï" * 10, "🙂" * 33):
        yield Case.probe(customer, id_, "a@b.io", task=1)
    for amount, currency in ((0, "EUR"), (5, "JPY")):
        yield Case.probe(frozen_money, amount, currency, task=1)
    for _ in range(50):
        yield Case.probe(delivery, _body(rng), task=3)
    for payment_id in PAYMENT_IDS:
        event = _payment() if gen.chance(rng, 0.5) else _refund()
        event["payment_id"] = payment_id
        yield Case.probe(delivery, json.dumps(_delivery(event)), task=2, group="identifiers")
    for currency in CURRENCIES:
        event = _payment()
        event["amount"]["currency"] = currency
        yield Case.probe(delivery, json.dumps(_delivery(event)), task=2, group="identifiers")
    for raw in ("{not json", "", "[]", "null", "42", '"text"', b"\xff\xfe", "{}",
                json.dumps(copy.deepcopy(_delivery(_refund())))):  # fmt: skip
        yield Case.probe(delivery, raw, task=3, group="raw bodies")
    for secret, expected in SIGNATURE_CHECKS:
        yield Case.probe(signature, secret, expected, task=4)
