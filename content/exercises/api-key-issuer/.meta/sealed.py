"""Sealed cases for api-key-issuer. Random output cannot be compared with the reference's,
so the probes observe what the instructions promise about it: the shape of every credential
(length, characters, the bytes it decodes to), that two calls differ, that the ``random``
module's generator was never touched (its state is unchanged and no ``random.Random`` was
seeded), that codes over a 200-character alphabet are uniform (a chi-square statistic over
7,200 draws: uniform draws give about 199, ``byte % 200`` gives over 800, the threshold is
400), and that ``compare_digest`` is called whenever the two tokens have the same length.

Edge inputs: prefixes with non-ASCII lower-case letters or a trailing newline, secrets with
spaces, ``_`` and emoji, alphabets with tabs, no-break spaces and duplicates, tokens that
differ only in Unicode normalisation. Lone surrogates are left out (they have no UTF-8
bytes to compare)."""

from __future__ import annotations

import base64
import hmac
import random
import string
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe
from pyhero.sealed.record import spy

SOLUTION = "api_key_issuer"

URLSAFE = frozenset(string.ascii_letters + string.digits + "-_")
HEX = frozenset("0123456789abcdef")
GOOD_PREFIXES = ("ab", "live", "test", "abcdefgh", "zz", "qa")
BAD_PREFIXES = ("", "a", "abcdefghi", "Live", "éa", "straße", "live\n", " live", "li ve",
                "l1ve", "\uff4c\uff49\uff56\uff45", "\u03b1\u03b2")  # fmt: skip
WIDE_ALPHABET = "".join(chr(code) for code in range(0x100, 0x1C8))  # 200 letters, no spaces
BAD_ALPHABETS = ("012345678", "0123456789 ", "00123456789", "0123456789\t", "0123456789\u00a0",
                 "ABCDEFGHIJ\u3000", "", "AAAAAAAAAAAA")  # fmt: skip


def _watched(solution, call: Callable[[], Any]) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """``call()``'s outcome, and whether the ``random`` module's generator was used."""
    state = random.getstate()
    with spy(random.Random, "seed", modules=[solution], aliases=False) as seeded:
        outcome = observe(call)
    untouched = random.getstate() == state and not seeded.called
    return {"outcome": outcome, "random module untouched": untouched}


def _decoded_length(body: str) -> int | str:
    try:
        return len(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except ValueError:
        return "not base64"


def api_key(solution, prefix, nbytes):  # type: ignore[no-untyped-def]
    """Two keys: their prefix, the body's length, characters and decoded size, and that they
    differ (``nbytes=None`` uses the default)."""

    def shape() -> dict[str, Any]:
        keys = [solution.new_api_key(prefix) if nbytes is None else
                solution.new_api_key(prefix, nbytes) for _ in range(2)]  # fmt: skip
        parts = [key.partition("_") for key in keys]
        return {
            "prefix": parts[0][0],
            "separator": parts[0][1],
            "lengths": [len(body) for _, _, body in parts],
            "url-safe": all(set(body) <= URLSAFE for _, _, body in parts),
            "decoded bytes": [_decoded_length(body) for _, _, body in parts],
            "different": keys[0] != keys[1],
        }

    return _watched(solution, shape)


def reset_token(solution, nbytes):  # type: ignore[no-untyped-def]
    def shape() -> dict[str, Any]:
        tokens = [solution.new_reset_token() if nbytes is None else
                  solution.new_reset_token(nbytes) for _ in range(2)]  # fmt: skip
        return {"lengths": [len(token) for token in tokens],
                "hex": all(set(token) <= HEX for token in tokens),
                "different": tokens[0] != tokens[1]}  # fmt: skip

    return _watched(solution, shape)


def code(solution, length, alphabet):  # type: ignore[no-untyped-def]
    """One code's length and whether every character is from the alphabet (``None``: the
    defaults)."""

    def shape() -> dict[str, Any]:
        if length is None:
            made = solution.verification_code()
            allowed = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
        else:
            made = solution.verification_code(length, alphabet)
            allowed = alphabet
        return {"length": len(made), "from the alphabet": set(made) <= set(allowed)}

    return _watched(solution, shape)


def uniformity(solution, calls):  # type: ignore[no-untyped-def]
    """Whether ``calls`` codes of 12 characters over a 200-character alphabet look uniform."""

    def verdict() -> str:
        counts: Counter[str] = Counter()
        for _ in range(calls):
            counts.update(solution.verification_code(12, WIDE_ALPHABET))
        if set(counts) - set(WIDE_ALPHABET):
            return "characters outside the alphabet"
        expected = calls * 12 / len(WIDE_ALPHABET)
        statistic = sum((counts[c] - expected) ** 2 / expected for c in WIDE_ALPHABET)
        return "uniform" if statistic < 400 else "biased"

    return _watched(solution, verdict)


def compare(solution, expected, presented):  # type: ignore[no-untyped-def]
    """``tokens_match``; when both tokens have the same UTF-8 length (and ``expected`` is
    not empty), whether ``compare_digest`` was called."""
    with spy(hmac, "compare_digest", modules=[solution]) as digest:
        outcome = observe(solution.tokens_match, expected, presented)
    seen: dict[str, Any] = {"outcome": outcome}
    if expected and len(expected.encode()) == len(presented.encode()):
        seen["compare_digest used"] = digest.called
    return seen


def _secret(rng: random.Random, length: int) -> str:
    pool = string.ascii_letters + string.digits + "-_ _é😀"
    return "".join(gen.pick(rng, pool) for _ in range(length))


def _token_pairs(rng: random.Random) -> Iterator[tuple[str, str]]:
    for _ in range(25):
        base = gen.pick(rng, ("", "abc", "clé", "0123456789abcdef" * 2, "é", "naïve-token",
                              "\U0001f511key", "x" * 64))  # fmt: skip
        other = gen.pick(rng, (base, base.upper(), base + "x", base[:-1], "", base[::-1],
                               base.replace("é", "e\u0301"), "y" * len(base)))  # fmt: skip
        yield base, other


def cases(rng: random.Random) -> Iterator[Case]:
    """About 110 cases per seed, over the five tasks."""
    for prefix in GOOD_PREFIXES:
        yield Case.probe(api_key, prefix, gen.pick(rng, (None, 16, 17, 32, 33, 100)), task=1)
    group = "new_api_key: bad prefix or size"
    for prefix in (*BAD_PREFIXES, "li_ve"):
        yield Case.probe(api_key, prefix, None, task=1, group=group)
    for nbytes in (15, 0, -1):
        yield Case.probe(api_key, "live", nbytes, task=1, group=group)
    for _ in range(20):
        secret = _secret(rng, gen.pick(rng, (22, 23, 43, 60, rng.randint(22, 80))))
        yield Case.call("split_api_key", gen.pick(rng, GOOD_PREFIXES) + "_" + secret, task=2)
    group = "split_api_key: malformed"
    for _ in range(15):
        prefix = gen.pick(rng, (*BAD_PREFIXES, *GOOD_PREFIXES))
        secret = _secret(rng, 21 if prefix in GOOD_PREFIXES else rng.randint(0, 40))
        key = gen.pick(rng, (f"{prefix}_{secret}", prefix + secret.replace("_", "")))
        if prefix in GOOD_PREFIXES and "_" not in key:
            key = prefix
        yield Case.call("split_api_key", key, task=2, group=group, message=True)
    for nbytes in (None, 16, 24, 64):
        yield Case.probe(reset_token, nbytes, task=3)
    for nbytes in (15, 0):
        yield Case.probe(reset_token, nbytes, task=3, group="new_reset_token: too short")
    yield Case.probe(code, None, None, task=4)
    for _ in range(10):
        alphabet = gen.pick(rng, ("0123456789", WIDE_ALPHABET, "αβγδεζηθικ", "ABCDEFGHJK"))
        yield Case.probe(code, rng.randint(4, 12), alphabet, task=4)
    group = "verification_code: bad settings"
    for alphabet in BAD_ALPHABETS:
        yield Case.probe(code, 6, alphabet, task=4, group=group)
    for length in (3, 13, 0, -6):
        yield Case.probe(code, length, "0123456789", task=4, group=group)
    yield Case.probe(uniformity, 600, task=4, group="verification_code: uniform")
    for expected, presented in _token_pairs(rng):
        yield Case.probe(compare, expected, presented, task=5)
