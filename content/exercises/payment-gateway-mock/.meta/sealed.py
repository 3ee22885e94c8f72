"""Sealed cases for payment-gateway-mock.

The fake is checked by what a strict double must refuse (positional calls, unknown
methods, new attributes) and by its playback, with outcomes of every kind and one call too
many. The service runs against a hand-written gateway with the real signatures (so calls
are compared after binding them, keywords or not), a recording ``sleep`` and a recording
``send_receipt`` patched into the module: long runs of timeouts, declines raised by a
subclass whose message differs from its reason, Python's own ``TimeoutError`` and other
errors, several charges on one service. An empty e-mail address and a failing
``send_receipt`` are left out: the instructions do not say what they do.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any
from unittest import mock

from pyhero.sealed import Case, gen, observe

SOLUTION = "payment_gateway_mock"


def _outcome(solution: Any, spec: Any) -> Any:
    """A charge outcome from plain data: a payment id, or an exception to raise."""
    if isinstance(spec, str):
        return spec
    kind, text = spec
    if kind == "timeout":
        return solution.GatewayTimeoutError(text)
    if kind == "slow":
        slow = type("SlowProviderTimeout", (solution.GatewayTimeoutError,), {})
        return slow(text)
    if kind == "declined":
        return solution.CardDeclinedError(text)
    if kind == "declined-worded":

        class WordedDecline(solution.CardDeclinedError):  # type: ignore[misc, name-defined]
            def __str__(self) -> str:
                return f"the issuer declined the card ({self.reason})"

        return WordedDecline(text)
    return {"builtin-timeout": TimeoutError, "reset": ConnectionResetError,
            "value": ValueError}[kind](text)  # fmt: skip


def fake(solution, outcomes, refund_id):  # type: ignore[no-untyped-def]
    """``build_fake_gateway``: what it is, its playback (one call too many), its refunds,
    and what it refuses."""
    played = [_outcome(solution, o) for o in outcomes]
    built = solution.build_fake_gateway(played, *([refund_id] if refund_id is not None else []))
    seen: dict[str, Any] = {
        "is a Gateway": isinstance(built, solution.Gateway),
        "callable": callable(built),
    }
    seen["charges"] = [
        observe(built.charge, amount_cents=100 + i, currency="EUR", idempotency_key=f"order-{i}")
        for i in range(len(outcomes) + 1)
    ]
    seen["refunds"] = [observe(built.refund, "pay_1", 100), observe(built.refund, "pay_2", 5)]
    seen["positional charge"] = observe(built.charge, 100, "EUR", "k")
    seen["unknown method"] = observe(lambda: built.capture("pay_1"))

    def set_unknown() -> None:
        built.chrage = mock.Mock()

    seen["new attribute"] = observe(set_unknown)
    return seen


class RealGateway:
    """The real signatures; records each call bound to them."""

    def __init__(self, outcomes: list[Any]) -> None:
        self.outcomes = outcomes
        self.calls: list[Any] = []

    def charge(self, *, amount_cents: int, currency: str, idempotency_key: str) -> str:
        self.calls.append(("charge", amount_cents, currency, idempotency_key))
        outcome = self.outcomes.pop(0) if self.outcomes else "pay_default"
        if isinstance(outcome, BaseException):
            raise outcome
        return str(outcome)

    def refund(self, payment_id: str, amount_cents: int) -> str:
        self.calls.append(("refund", payment_id, amount_cents))
        return f"rf_{payment_id}"


def service(solution, max_attempts, outcomes, requests):  # type: ignore[no-untyped-def]
    """A ``PaymentService`` over ``RealGateway``; ``requests`` are ``("charge", order_id,
    amount, currency, email)`` or ``("refund", payment_id, amount)``. Each answer, the
    gateway calls, the sleeps and the receipts."""
    gateway = RealGateway([_outcome(solution, o) for o in outcomes])
    sleeps: list[float] = []
    receipts: list[tuple[str, str]] = []
    options = {} if max_attempts is None else {"max_attempts": max_attempts}
    made = observe(solution.PaymentService, gateway, sleep=sleeps.append, message="max_attempts",
                   **options)  # fmt: skip
    if not made.returned:
        return {"constructor": made}
    answers = []
    with mock.patch.object(
        solution, "send_receipt", lambda email, pid: receipts.append((email, pid))
    ):
        for request in requests:
            if request[0] == "charge":
                _, order_id, amount, currency, email = request
                outcome = observe(made.value.charge, order_id, amount, currency,
                                  **({"email": email} if email is not None else {}),
                                  message="amount" if amount <= 0 else False)  # fmt: skip
            else:
                outcome = observe(made.value.refund, request[1], request[2],
                                  message="amount" if request[2] <= 0 else False)  # fmt: skip
            value = outcome.value
            if outcome.returned and not isinstance(value, str):
                value = tuple(getattr(value, f, "?") for f in ("status", "payment_id", "reason"))
                answers.append(("returned", value))
            else:
                answers.append(outcome)
    return {"answers": answers, "gateway calls": gateway.calls, "sleeps": sleeps,
            "receipts": receipts}  # fmt: skip


def _outcomes(rng: random.Random, count: int) -> list[Any]:
    kinds = ("pay", "pay", "timeout", "timeout", "timeout", "slow", "declined", "declined-worded",
             "builtin-timeout", "reset", "value")  # fmt: skip
    outcomes: list[Any] = []
    for i in range(count):
        kind = gen.pick(rng, kinds)
        if kind == "pay":
            outcomes.append(gen.pick(rng, (f"pay_{i}", "pay_ünï", "")))
        else:
            outcomes.append([kind, gen.pick(rng, ("insufficient_funds", "stolen", "ü", "slow"))])
    return outcomes


def cases(rng: random.Random) -> Iterator[Case]:
    """About 45 cases per seed."""
    for _ in range(6):
        outcomes = [o for o in _outcomes(rng, rng.randint(0, 5))
                    if isinstance(o, str) or o[0] in ("timeout", "declined", "value")]  # fmt: skip
        yield Case.probe(fake, outcomes, gen.pick(rng, (None, "rf_9", "")), task=1)
    for attempts in (0, -1, -5):
        yield Case.probe(service, attempts, [], [], task=2, group="max_attempts")
    for _ in range(30):
        max_attempts = gen.pick(rng, (None, 1, 2, 3, 5, 8))
        requests: list[Any] = []
        for n in range(rng.randint(1, 4)):
            if gen.chance(rng, 0.8):
                amount = gen.pick(rng, (1, 2500, 10**12, 0, -1))
                email = gen.pick(rng, (None, "ana@example.com", "ünï@example.com"))
                requests.append(("charge", gen.pick(rng, (f"{n}", "A-7", "ü")), amount,
                                 gen.pick(rng, ("EUR", "JPY")), email))  # fmt: skip
            else:
                requests.append(("refund", gen.pick(rng, ("pay_1", "pay_ü")),
                                 gen.pick(rng, (1, 300, 0, -5))))  # fmt: skip
        yield Case.probe(service, max_attempts, _outcomes(rng, rng.randint(0, 14)), requests,
                         task=2)  # fmt: skip
    # Only timeouts, then success or a decline, against every max_attempts.
    for max_attempts in (1, 2, 4, 8):
        for last in ("pay_ok", ["declined-worded", "stolen"], ["builtin-timeout", "t"]):
            outcomes = [["timeout", "t"]] * rng.randint(0, max_attempts) + [last]
            requests = [("charge", "9", 100, "EUR", "ana@example.com")]
            yield Case.probe(service, max_attempts, outcomes, requests, task=2, group="retries")
