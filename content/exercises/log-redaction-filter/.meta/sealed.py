"""Sealed cases for log-redaction-filter: log lines assembled from secret fields in every
case and separator (tabs, spaces around ``=``), quoted, unterminated, empty and
already-redacted values, keys that only look like secrets; bearer tokens followed by
punctuation or quotes; Luhn-valid and invalid card numbers of 13 to 19 digits with spaces,
hyphens, letters or hyphens touching them, 12- and 20-digit runs, digits of other scripts;
e-mail addresses in upper case, with subdomains, plus signs and sentence punctuation; and
values that two rules could claim (an e-mail or a card number as a secret's value, a bearer
token after ``token:``). Every line is also redacted a second time, which must count
nothing.

E-mail local parts are ASCII and never start with punctuation glued to other text, no
top-level domain is followed by a digit, and separated digit groups never sit next to
other digit groups (where the instructions' "not followed by a digit" and a tokenising
reading could disagree)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "log_redaction_filter"

NOT_DIGITS = ("", "\u00b2", "\u00b2\u00b2", "\u0663\u0663", "\u0664\u0661\u0661\u0661" * 4,
              "12a4", " 0", "0 ", "4111 1111", "-18", "+18", "\uff11\uff18", "18\n")  # fmt: skip
KEYS = ("password", "PASSWORD", "Passwd", "secret", "api_key", "API-KEY", "apikey", "ApiKey",
        "token", "Token")  # fmt: skip
SEPARATORS = ("=", ":", " = ", ": ", "\t=\t", ":  ", " :")
VALUES = ("hunter2", '"two words"', "'x y'", '""', '"unterminated', "[REDACTED]", "a@b.io",
          "4111111111111111", "Bearer", "p@ss;word", "naïve✓", "=x=")  # fmt: skip
AFTER = (" ", " ", ",", ";", "&", " next", "\t", ", ")
LOOKALIKES = ("passwordless=true", "my_token=abc", "secrets=1", "tokens: 3", "user=bob",
              "password=", "password=,x", "tokenized: yes", "api_keys=2", "xsecret=1")  # fmt: skip
BEARERS = ("Bearer abc.def-ghi_~+/==", "bearer x", "BEARER\tx", "Bearer abc, next",
           'Bearer "quoted"', "Bearer", "xBearer abc", "Bearer é", "Bearer a;b",
           "(Bearer t)")  # fmt: skip
EMAILS = ("alice@example.com", "B.o+b@mail.co.uk", "ALICE@EXAMPLE.COM", "x@y.c", "not@an-email",
          "a@b.io", "user@sub-domain.example.org", "first.last%tag@Example.Travel",
          "o'brien@x.io", "a@b..io")  # fmt: skip
ODD_FRAGMENTS = ("\u0664\u0661\u0661\u0661" * 4, "4111  1111 1111 1111", "4111111111111111-",
                 "-4111111111111111", "token: Bearer abc")  # fmt: skip
WORDS = ("login", "ok", "user", "charged", "order", "élan", "日本", "id", "ref=7", "GET /x", "—")


def _luhn_digit(body: str) -> str:
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char) * (1 if position % 2 else 2)
        total += value - 9 if value > 9 else value
    return str(-total % 10)


def _card(rng: random.Random) -> str:
    """A card number text: Luhn-valid or not, 12 to 20 digits, maybe with separators."""
    length = gen.pick(rng, (13, 15, 16, 16, 19, 12, 20, 17))
    body = "".join(str(rng.randint(0, 9)) for _ in range(length - 1))
    digits = body + _luhn_digit(body)
    if gen.chance(rng, 0.3):
        digits = digits[:-1] + str((int(digits[-1]) + rng.randint(1, 9)) % 10)
    style = rng.random()
    if style < 0.3:
        return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
    if style < 0.5:
        return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))
    if style < 0.55:
        return "".join(c + gen.pick(rng, ("", " ", "-")) for c in digits[:-1]) + digits[-1]
    return digits


def _fragment(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.22:
        return gen.pick(rng, KEYS) + gen.pick(rng, SEPARATORS) + gen.pick(rng, VALUES)
    if roll < 0.3:
        return gen.pick(rng, LOOKALIKES)
    if roll < 0.42:
        return gen.pick(rng, BEARERS)
    if roll < 0.62:
        card = _card(rng)
        return gen.pick(rng, ("", "", "", "x", "(", "#")) + card + gen.pick(rng, ("", "", ".", ")"))
    if roll < 0.8:
        return gen.pick(rng, ("", "", "<", "(", '"')) + gen.pick(rng, EMAILS) + gen.pick(
            rng, ("", "", ".", ",", ">", ")"))  # fmt: skip
    if roll < 0.85:
        return gen.pick(rng, ODD_FRAGMENTS)
    return gen.pick(rng, WORDS)


def _line(rng: random.Random) -> str:
    parts = [_fragment(rng) for _ in range(gen.size(rng, large=20))]
    return "".join(part + gen.pick(rng, AFTER) for part in parts).rstrip(",;&")


def twice(solution, text):  # type: ignore[no-untyped-def]
    """``redact_with_count`` of the text, ``redact`` of it, and the count of redacting the
    redacted text again."""
    first, count = solution.redact_with_count(text)
    return {"redacted": first, "count": count, "redact": solution.redact(text),
            "again": solution.redact_with_count(first)}  # fmt: skip


def cases(rng: random.Random) -> Iterator[Case]:
    """About 190 cases per seed, over the four tasks."""
    for _ in range(30):
        length = gen.pick(rng, (1, 2, 11, 13, 16, 19, 25, rng.randint(1, 40)))
        body = "".join(str(rng.randint(0, 9)) for _ in range(length - 1))
        digits = body + (_luhn_digit(body) if gen.chance(rng, 0.6) else str(rng.randint(0, 9)))
        yield Case.call("luhn_valid", digits, task=1)
    for text in NOT_DIGITS:
        yield Case.call("luhn_valid", text, task=1, group="luhn_valid: not ASCII digits")
    for key in KEYS:
        for value in VALUES:
            sep = gen.pick(rng, SEPARATORS)
            yield Case.probe(twice, f"{key}{sep}{value}{gen.pick(rng, AFTER)}", task=2,
                             group="secret fields")  # fmt: skip
    for text in LOOKALIKES + BEARERS:
        yield Case.probe(twice, text, task=2, group="lookalikes and bearer tokens")
    for _ in range(25):
        yield Case.probe(twice, _card(rng), task=3, group="card numbers")
    for text in EMAILS:
        yield Case.probe(twice, f"to: {text}, cc", task=4, group="e-mail addresses")
    for _ in range(45):
        yield Case.probe(twice, _line(rng), task=4)
