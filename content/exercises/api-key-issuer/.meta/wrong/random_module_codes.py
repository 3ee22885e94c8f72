"""Draws verification codes with ``random.choice``, the predictable Mersenne Twister.

The codes look fine (right length, right characters, spread over the whole alphabet), so no
test of the output can tell; but whoever sees a few hundred codes can predict the next
ones. A visible test checks that the
``random`` module's state does not change.
"""

import random
import re
import secrets

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
MIN_TOKEN_BYTES = 16
_PREFIX = re.compile(r"[a-z]{2,8}")


def new_api_key(prefix: str, nbytes: int = 32) -> str:
    """Return ``<prefix>_<url-safe random text>`` built from ``nbytes`` random bytes."""
    if not _PREFIX.fullmatch(prefix):
        raise ValueError(f"prefix must be 2-8 lower-case letters, got {prefix!r}")
    if nbytes < MIN_TOKEN_BYTES:
        raise ValueError(f"nbytes must be at least {MIN_TOKEN_BYTES}, got {nbytes}")
    return f"{prefix}_{secrets.token_urlsafe(nbytes)}"


def split_api_key(key: str) -> tuple[str, str]:
    """Split a key into ``(prefix, secret)``; raise ``ValueError`` if it is malformed."""
    prefix, sep, secret = key.partition("_")
    if not sep or not _PREFIX.fullmatch(prefix) or len(secret) < 22:
        raise ValueError("malformed API key")
    return prefix, secret


def new_reset_token(nbytes: int = MIN_TOKEN_BYTES) -> str:
    """A hexadecimal password-reset token from ``nbytes`` random bytes."""
    if nbytes < MIN_TOKEN_BYTES:
        raise ValueError(f"nbytes must be at least {MIN_TOKEN_BYTES}, got {nbytes}")
    return secrets.token_hex(nbytes)


def verification_code(length: int = 6, alphabet: str = CODE_ALPHABET) -> str:
    """A code of ``length`` characters drawn uniformly from ``alphabet``."""
    if not 4 <= length <= 12:
        raise ValueError(f"length must be between 4 and 12, got {length}")
    if len(alphabet) < 10 or len(set(alphabet)) != len(alphabet):
        raise ValueError("alphabet needs at least 10 distinct characters")
    if any(char.isspace() for char in alphabet):
        raise ValueError("alphabet must not contain whitespace")
    return "".join(random.choice(alphabet) for _ in range(length))


def tokens_match(expected: str, presented: str) -> bool:
    """Constant-time comparison of two tokens; empty tokens never match."""
    return bool(expected) and secrets.compare_digest(expected.encode(), presented.encode())
