"""Sealed cases for username-cleanup: names in ASCII and in other scripts (accents, Greek,
Cyrillic), digits, dots and underscores, surrounded by every kind of whitespace (tabs,
newlines, no-break and ideographic spaces), empty names for the cleanup, large counts.
Letters whose case mapping depends on the method (ß, ligatures, final sigma) are left out:
the instructions name `.lower()` and `.upper()` but a learner may reasonably use others."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "username_cleanup"

LETTERS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÉöÖñÑåÅłŁčČ"
    "\u03b1\u03b2\u03b3\u0394\u039b\u0434\u0414\u0436\u0416"  # Greek and Cyrillic
)
OTHERS = "0123456789_."


def _name(rng: random.Random, *, others: bool = False) -> str:
    pool = LETTERS + OTHERS if others else LETTERS
    first = gen.pick(rng, LETTERS)
    return first + "".join(gen.pick(rng, pool) for _ in range(rng.randint(0, 9)))


def _padding(rng: random.Random) -> str:
    return "".join(gen.whitespace(rng) for _ in range(gen.pick(rng, (0, 0, 1, 1, 2, 3))))


def cases(rng: random.Random) -> Iterator[Case]:
    """About 150 cases per seed."""
    for _ in range(40):
        inner = _name(rng, others=True)
        if gen.chance(rng, 0.2):
            inner += " " + _name(rng)
        yield Case.call("clean_username", _padding(rng) + inner + _padding(rng), task=1)
    for raw in ("", "   ", "\t\n", "X"):
        yield Case.call("clean_username", raw, task=1)
    for _ in range(30):
        yield Case.call("welcome_message", _name(rng), gen.integer(rng, 0, 10**6), task=2)
    for _ in range(40):
        yield Case.call("initials", _name(rng), _name(rng), task=3)
    for _ in range(40):
        words = " ".join(_name(rng, others=True) for _ in range(rng.randint(1, 5)))
        yield Case.call("profile_slug", _padding(rng) + words + _padding(rng), task=4)
