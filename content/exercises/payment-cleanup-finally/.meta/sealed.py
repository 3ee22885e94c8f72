"""Sealed cases for payment-cleanup-finally: scripted gateways whose connect and pay raise
every kind of error (ConnectionError and its subclasses, ValueError with messages,
TimeoutError, KeyError, KeyboardInterrupt), batches where errors come first, last or
several times; the call log shows every connect, pay and disconnect."""

from __future__ import annotations

import builtins
import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen, observe

SOLUTION = "payment_cleanup_finally"

PAY_ERRORS = ("ConnectionError", "ConnectionResetError", "ConnectionRefusedError",
              "BrokenPipeError", "ValueError", "ValueError", "TimeoutError", "KeyError",
              "KeyboardInterrupt")  # fmt: skip
MESSAGES = ("card declined", "insufficient funds", "", "carte refusée", "limit: 100")


class ScriptedGateway:
    """Follows ``script``: per pay, a receipt id or ``[error class name, message]``."""

    def __init__(self, script, connect_errors):  # type: ignore[no-untyped-def]
        self.script = list(script)
        self.connect_errors = list(connect_errors)
        self.calls: list[str] = []

    def connect(self) -> None:
        self.calls.append("connect")
        error = self.connect_errors.pop(0) if self.connect_errors else None
        if error:
            raise getattr(builtins, error)("gateway down")

    def pay(self, cents: int) -> str:
        self.calls.append(f"pay {cents}")
        outcome = self.script.pop(0) if self.script else "r-extra"
        if isinstance(outcome, list):
            raise getattr(builtins, outcome[0])(outcome[1])
        return outcome

    def disconnect(self) -> None:
        self.calls.append("disconnect")


def run(solution, function, script, connect_errors, amount):  # type: ignore[no-untyped-def]
    gateway = ScriptedGateway(script, connect_errors)
    outcome = observe(getattr(solution, function), gateway, amount, message=True)
    return {"outcome": outcome, "calls": gateway.calls}


def _outcome(rng: random.Random, errors: tuple[str, ...]) -> object:
    if gen.chance(rng, 0.5):
        return f"r-{rng.randint(1, 999)}"
    name = gen.pick(rng, errors)
    return [name, gen.pick(rng, MESSAGES)]


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(40):
        connect_errors = [gen.pick(rng, ("ConnectionRefusedError", "TimeoutError"))] if (
            gen.chance(rng, 0.15)) else []  # fmt: skip
        script = [_outcome(rng, PAY_ERRORS)]
        amount = gen.pick(rng, (1, 500, 1250, 10**6))
        yield Case.probe(run, "charge", script, connect_errors, amount, task=1, group="charge")
    mild = ("ConnectionError", "ConnectionResetError", "ValueError", "ValueError")
    for _ in range(30):
        count = gen.pick(rng, (0, 1, 2, 3, 5, 12))
        script = [_outcome(rng, mild) for _ in range(count)]
        if gen.chance(rng, 0.25) and count:
            script[rng.randrange(count)] = [gen.pick(rng, ("TimeoutError", "KeyError")), "boom"]
        connect_errors = [None] * rng.randint(0, count) + ["ConnectionRefusedError"] if (
            gen.chance(rng, 0.15)) else []  # fmt: skip
        amounts = [gen.pick(rng, (100, 500, 900, 1)) for _ in range(count)]
        group = "charge_all"
        yield Case.probe(run, "charge_all", script, connect_errors, amounts, task=2, group=group)
