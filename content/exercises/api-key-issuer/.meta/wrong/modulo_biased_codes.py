"""Maps random bytes to characters with ``byte % len(alphabet)``.

With the 32-character default alphabet the result is uniform (32 divides 256), which is
why it looks right; with 10 digits, ``0``-``5`` come up more often than ``6``-``9``, and with
200 characters the first 56 are twice as likely. The visible tests cannot measure that.
"""

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
    return "".join(alphabet[byte % len(alphabet)] for byte in secrets.token_bytes(length))


def tokens_match(expected: str, presented: str) -> bool:
    """Constant-time comparison of two tokens; empty tokens never match."""
    return bool(expected) and secrets.compare_digest(expected.encode(), presented.encode())
