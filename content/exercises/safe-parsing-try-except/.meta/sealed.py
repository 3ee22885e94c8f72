"""Sealed cases for safe-parsing-try-except: the texts ``int`` accepts that a hand-written
check rejects (signs, surrounding whitespace, underscores, non-ASCII digits) and the ones it
rejects that ``isdigit`` accepts (superscripts); divisions by int and float zero, negative
zero included; lists mixing both kinds."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "safe_parsing_try_except"

ODD = (
    "3",
    " -2 ",
    "+7",
    "1_000",
    "0",
    "-0",
    "007",
    "\t42\n",
    "three",
    "",
    " ",
    "2.5",
    "1e3",
    "\u00b2",
    "1__0",
    "_1",
    "\u0663",
    "\uff11\uff12",
    "0x10",
    "12abc",
    "\u22125",
)


def _text(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        return gen.pick(rng, ODD)
    if roll < 0.7:
        return gen.digit_text(rng)
    if roll < 0.85:
        return gen.pick(rng, ("", " ", "-", "+")) + str(gen.integer(rng))
    return gen.word(rng)


def cases(rng: random.Random) -> Iterator[Case]:
    for text in ODD:
        yield Case.call("parse_quantity", text, task=1)
    for _ in range(30):
        yield Case.call("parse_quantity", _text(rng), task=1)
    for whole in (0, 0.0, -0.0):
        yield Case.call("safe_ratio", gen.integer(rng, -100, 100), whole, task=2)
    for _ in range(20):
        part = gen.pick(rng, (0, 1, -3, 7.5, 10**6))
        whole = gen.pick(rng, (0, 1, 2, 4, -8, 0.5, 0.0, 3))
        yield Case.call("safe_ratio", part, whole, task=2)
    for _ in range(25):
        yield Case.call("parse_all", [_text(rng) for _ in range(gen.size(rng, large=40))], task=3)
