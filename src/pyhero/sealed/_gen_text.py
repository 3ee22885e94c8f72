"""Text rich in the characters that break naive string handling."""

from __future__ import annotations

import random

from pyhero.sealed._gen_sample import chance, pick

__all__ = [
    "EMOJI",
    "NON_ASCII_DIGITS",
    "WHITESPACE",
    "digit_text",
    "text",
    "whitespace",
    "word",
]

#: Whitespace ``str.split()`` and ``str.strip()`` know, beyond the plain space.
WHITESPACE: tuple[str, ...] = (" ", "  ", "\t", " \t ", "\u00a0", "\u2003", "\u3000", "\n", "\r\n")

#: Characters ``str.isdigit()`` accepts that are not ASCII digits: ``int()`` reads the
#: first ones (Arabic-Indic, Devanagari, full-width, mathematical) but not superscripts.
NON_ASCII_DIGITS: tuple[str, ...] = (
    "\u0663",  # ARABIC-INDIC DIGIT THREE
    "\u096d",  # DEVANAGARI DIGIT SEVEN
    "\uff15",  # FULLWIDTH DIGIT FIVE
    "\U0001d7d8",  # MATHEMATICAL DOUBLE-STRUCK DIGIT ZERO
    "\u00b2",  # SUPERSCRIPT TWO
)

#: Emoji of one or several code points (skin tone, ZWJ sequence, flag).
EMOJI: tuple[str, ...] = ("👍", "👍🏽", "👩‍💻", "🇫🇷", "🙂")

_LETTERS = (
    "abcdefghijklmnopqrstuvwxyz",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "éàüßçñøåœ",
    "αβγδλωΣ",
    "жщыяЖ",
    "日本語漢字",
)
_COMBINING = ("\u0301", "\u0308", "\u0327")  # acute, diaeresis, cedilla


def whitespace(rng: random.Random) -> str:
    """One of :data:`WHITESPACE`: tabs, double spaces, NBSP, em and ideographic spaces,
    newlines."""
    return pick(rng, WHITESPACE)


def word(rng: random.Random, *, ascii_only: bool = False, max_length: int = 8) -> str:
    """A non-empty word: ASCII letters, or (unless ``ascii_only``) accented letters
    precomposed or with combining marks, Greek, Cyrillic, CJK, and emoji."""
    pools = _LETTERS[:2] if ascii_only else _LETTERS
    characters: list[str] = []
    for _ in range(rng.randint(1, max_length)):
        characters.append(pick(rng, pick(rng, pools)))
        if not ascii_only and chance(rng, 0.08):
            characters.append(pick(rng, _COMBINING))
    if not ascii_only and chance(rng, 0.1):
        characters.append(pick(rng, EMOJI))
    return "".join(characters)


def digit_text(rng: random.Random, *, non_ascii: float = 0.3, max_length: int = 4) -> str:
    """Digits, some of them (``non_ascii`` of the time) from :data:`NON_ASCII_DIGITS`."""
    return "".join(
        pick(rng, NON_ASCII_DIGITS) if chance(rng, non_ascii) else str(rng.randint(0, 9))
        for _ in range(rng.randint(1, max_length))
    )


def text(
    rng: random.Random,
    *,
    words: tuple[int, int] = (0, 6),
    ascii_only: bool = False,
    pad: float = 0.3,
) -> str:
    """Words joined by :func:`whitespace` (so tabs and double spaces appear), possibly
    empty, with leading or trailing whitespace ``pad`` of the time."""
    joined = ""
    for index in range(rng.randint(*words)):
        joined += (whitespace(rng) if index else "") + word(rng, ascii_only=ascii_only)
    if chance(rng, pad):
        joined = whitespace(rng) + joined
    if chance(rng, pad):
        joined += whitespace(rng)
    return joined
