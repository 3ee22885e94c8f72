"""Sealed cases for notification-channels-inheritance: a mix of channels sending several
messages in turn, messages around the SMS limit (one shorter, exactly at it, one longer),
limits changed on the class and on one notifier, subjects given and not, unicode and
emoji in messages (a cut counts characters, not bytes)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "notification_channels_inheritance"

RECIPIENTS = ("ana@example.com", "+33 6 12 34 56 78", "bo", "", "josé@exemple.fr")
SUBJECTS = (None, "Shipping", "", "Commande nº 42")


def _message(rng: random.Random) -> str:
    if gen.chance(rng, 0.5):
        return gen.text(rng, words=(0, 8))
    return "x" * rng.randint(0, 45)


def _build(solution, spec):  # type: ignore[no-untyped-def]
    kind, recipient, subject, limit = spec
    if kind == "email":
        if subject is None:
            return solution.EmailNotifier(recipient)
        return solution.EmailNotifier(recipient, subject=subject)
    notifier = getattr(solution, {"base": "Notifier", "sms": "SmsNotifier"}[kind])(recipient)
    if limit is not None:
        notifier.max_length = limit
    return notifier


def channels(solution, specs, messages):  # type: ignore[no-untyped-def]
    """Notifiers from ``(kind, recipient, subject, own limit)``; each message sent through
    one of them in turn; what ``send`` returned and every ``sent`` list afterwards."""
    notifiers = [_build(solution, spec) for spec in specs]
    returned = [
        notifiers[index % len(notifiers)].send(message) for index, message in enumerate(messages)
    ]
    return {"returned": returned, "sent": [list(n.sent) for n in notifiers]}


def class_limit(solution, limit, recipient, message):  # type: ignore[no-untyped-def]
    """The SMS limit changed on the class for one message, then put back."""
    original = solution.SmsNotifier.max_length
    solution.SmsNotifier.max_length = limit
    try:
        return solution.SmsNotifier(recipient).format(message)
    finally:
        solution.SmsNotifier.max_length = original


def everyone(solution, specs, message):  # type: ignore[no-untyped-def]
    notifiers = [_build(solution, spec) for spec in specs]
    return {"returned": solution.notify_all(notifiers, message),
            "sent": [list(n.sent) for n in notifiers]}  # fmt: skip


def _spec(rng: random.Random, kinds: tuple[str, ...]) -> tuple[object, ...]:
    kind = gen.pick(rng, kinds)
    subject = gen.pick(rng, SUBJECTS) if kind == "email" else None
    limit = gen.pick(rng, (None, None, 10, 25)) if kind == "sms" else None
    return (kind, gen.pick(rng, RECIPIENTS), subject, limit)


def cases(rng: random.Random) -> Iterator[Case]:
    groups = ((1, ("base",), "Notifier"), (2, ("email", "base"), "EmailNotifier"),
              (3, ("sms", "base"), "SmsNotifier"))  # fmt: skip
    for task, kinds, group in groups:
        for _ in range(15):
            specs = [_spec(rng, kinds) for _ in range(rng.randint(1, 3))]
            messages = [_message(rng) for _ in range(rng.randint(1, 5))]
            yield Case.probe(channels, specs, messages, task=task, group=group)
    for _ in range(8):
        limit = gen.pick(rng, (5, 20, 60))
        recipient, group = gen.pick(rng, RECIPIENTS), "SmsNotifier.max_length set on the class"
        yield Case.probe(class_limit, limit, recipient, _message(rng), task=3, group=group)
    for _ in range(15):
        specs = [_spec(rng, ("base", "email", "sms")) for _ in range(rng.randint(0, 6))]
        yield Case.probe(everyone, specs, _message(rng), task=4, group="notify_all")
