"""Credential issuing with the secrets module."""

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
MIN_TOKEN_BYTES = 16


def new_api_key(prefix: str, nbytes: int = 32) -> str:
    """Return ``<prefix>_<url-safe random text>`` built from ``nbytes`` random bytes."""
    raise NotImplementedError("new_api_key")


def split_api_key(key: str) -> tuple[str, str]:
    """Split a key into ``(prefix, secret)``; raise ``ValueError`` if it is malformed."""
    raise NotImplementedError("split_api_key")


def new_reset_token(nbytes: int = MIN_TOKEN_BYTES) -> str:
    """A hexadecimal password-reset token from ``nbytes`` random bytes."""
    raise NotImplementedError("new_reset_token")


def verification_code(length: int = 6, alphabet: str = CODE_ALPHABET) -> str:
    """A code of ``length`` characters drawn uniformly from ``alphabet``."""
    raise NotImplementedError("verification_code")


def tokens_match(expected: str, presented: str) -> bool:
    """Constant-time comparison of two tokens; empty tokens never match."""
    raise NotImplementedError("tokens_match")
