"""A different route: one ``secrets.SystemRandom`` instance draws the code with
``choices``, the raw bytes come from ``os.urandom`` and are encoded by hand, prefixes are
checked with string methods, and the comparison uses ``hmac.compare_digest``."""

import base64
import hmac
import os
import secrets

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
MIN_TOKEN_BYTES = 16
_SYSTEM = secrets.SystemRandom()


def _valid_prefix(prefix: str) -> bool:
    return 2 <= len(prefix) <= 8 and prefix.isascii() and prefix.isalpha() and prefix.islower()


def new_api_key(prefix: str, nbytes: int = 32) -> str:
    """Return ``<prefix>_<url-safe random text>`` built from ``nbytes`` random bytes."""
    if not _valid_prefix(prefix) or nbytes < MIN_TOKEN_BYTES:
        raise ValueError("an API key needs a 2-8 letter prefix and at least 16 bytes")
    body = base64.urlsafe_b64encode(os.urandom(nbytes)).decode("ascii").rstrip("=")
    return prefix + "_" + body


def split_api_key(key: str) -> tuple[str, str]:
    """Split a key into ``(prefix, secret)``; raise ``ValueError`` if it is malformed."""
    position = key.find("_")
    if position < 0:
        raise ValueError("malformed API key")
    prefix, secret = key[:position], key[position + 1 :]
    if not _valid_prefix(prefix) or len(secret) < 22:
        raise ValueError("malformed API key")
    return prefix, secret


def new_reset_token(nbytes: int = MIN_TOKEN_BYTES) -> str:
    """A hexadecimal password-reset token from ``nbytes`` random bytes."""
    if nbytes < MIN_TOKEN_BYTES:
        raise ValueError("a reset token needs at least 16 random bytes")
    return os.urandom(nbytes).hex()


def verification_code(length: int = 6, alphabet: str = CODE_ALPHABET) -> str:
    """A code of ``length`` characters drawn uniformly from ``alphabet``."""
    distinct = set(alphabet)
    if length < 4 or length > 12 or len(distinct) < 10 or len(distinct) < len(alphabet):
        raise ValueError("codes are 4-12 characters from 10 or more distinct characters")
    if any(character.isspace() for character in distinct):
        raise ValueError("whitespace cannot be typed reliably")
    return "".join(_SYSTEM.choices(alphabet, k=length))


def tokens_match(expected: str, presented: str) -> bool:
    """Constant-time comparison of two tokens; empty tokens never match."""
    if expected == "":
        return False
    return hmac.compare_digest(expected.encode("utf-8"), presented.encode("utf-8"))
