"""Passwords (argon2id), random tokens, signed session cookies and CSRF tokens.

The database keeps only argon2 hashes of passwords and SHA-256 hashes of session and
invitation tokens: a copy of it signs nobody in. A session cookie is the token and an
HMAC-SHA256 of it under the server's key; a form's CSRF token is derived from the session
token under the same key, so it needs no storage and dies with the session.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from functools import cache
from typing import TYPE_CHECKING

from pyhero.progress import TeamError

if TYPE_CHECKING:
    from argon2 import PasswordHasher

__all__ = [
    "MAX_PASSWORD",
    "MIN_PASSWORD",
    "check_password",
    "csrf_token",
    "hash_password",
    "new_token",
    "sign",
    "token_hash",
    "unsign",
    "verify_password",
]

MIN_PASSWORD = 10
MAX_PASSWORD = 1024


@cache
def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    # OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): tens of milliseconds per check,
    # so that a burst of sign-ins cannot starve the web process.
    return PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


def check_password(password: str) -> None:
    """A password pyhero accepts: 10 to 1024 characters."""
    if len(password) < MIN_PASSWORD:
        raise TeamError(f"a password needs at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise TeamError(f"a password has at most {MAX_PASSWORD} characters")


def hash_password(password: str) -> str:
    check_password(password)
    return _hasher().hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """Whether ``password`` matches the stored hash. Without a stored hash a dummy one is
    checked, so that an unknown name takes as long as a wrong password."""
    from argon2.exceptions import InvalidHashError, VerificationError

    if len(password) > MAX_PASSWORD:
        return False
    try:
        _hasher().verify(stored or _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return False
    return stored is not None


@cache
def _dummy_hash() -> str:
    return hash_password(secrets.token_urlsafe(16))


def new_token() -> tuple[str, str]:
    """A fresh random token (256 bits, URL-safe) and the hash the database keeps."""
    token = secrets.token_urlsafe(32)
    return token, token_hash(token)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _mac(key: bytes, purpose: bytes, value: str) -> str:
    digest = hmac.new(key, purpose + b"\0" + value.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def sign(key: bytes, token: str) -> str:
    """The cookie value for a session token."""
    return f"{token}.{_mac(key, b'session', token)}"


def unsign(key: bytes, value: str) -> str | None:
    """The session token of a cookie value, if its signature holds."""
    token, _, signature = value.rpartition(".")
    if not token or len(value) > 200:
        return None
    if not hmac.compare_digest(signature, _mac(key, b"session", token)):
        return None
    return token


def csrf_token(key: bytes, session_token: str) -> str:
    """The token the session's forms and scripts send back with every write."""
    return _mac(key, b"csrf", session_token)
