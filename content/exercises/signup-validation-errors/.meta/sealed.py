"""Sealed cases for signup-validation-errors: names at 2, 3, 20 and 21 characters after
stripping, with accents, dashes, spaces and digits; ages at and around the limits, with
signs, spaces and non-numbers; passwords of 7 and 8 characters containing the username in
another case; forms with missing, empty and invalid fields. Messages are observed exactly."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "signup_validation_errors"

NAMES = ("ana_b", "Bob", "ab", " ab ", "a" * 20, "a" * 21, " " + "b" * 20 + " ", "josé", "ana-b",
         "ana b", "x1_", "___", "", "   ", "ABC123", "名字名字", "tab\tname")  # fmt: skip
AGES = ("13", "12", "120", "121", "0", "-5", "+42", " 34 ", "twelve", "", "3.5", "1_3", "99")
PASSWORDS = ("correct horse", "short", "1234567", "12345678", "my-ANA_B-pass", "bobbobbob",
             "", "xBOBx_secret", "éèéèéèéè")  # fmt: skip


def _form(rng: random.Random) -> dict[str, str]:
    form = {}
    if gen.chance(rng, 0.85):
        form["username"] = gen.pick(rng, NAMES)
    if gen.chance(rng, 0.85):
        form["age"] = gen.pick(rng, AGES)
    if gen.chance(rng, 0.85):
        form["password"] = gen.pick(rng, PASSWORDS)
    return dict(gen.shuffled(rng, list(form.items())))


def cases(rng: random.Random) -> Iterator[Case]:
    for name in NAMES:
        yield Case.call("check_username", name, task=1, message=True)
    for age in AGES:
        yield Case.call("check_age", age, task=2, message=True)
    for _ in range(25):
        password, username = gen.pick(rng, PASSWORDS), gen.pick(rng, ("bob", "ana_b", "", "É"))
        yield Case.call("check_password", password, username, task=3, message=True)
    for _ in range(40):
        yield Case.call("validate_signup", _form(rng), task=4)
