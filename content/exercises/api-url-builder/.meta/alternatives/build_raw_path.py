"""Builds the raw path text and the query pairs by hand, then hands them to yarl encoded."""

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
    if not encoded:
        return str(url)
    path = url.raw_path.rstrip("/") + "/" + "/".join(encoded)
    return str(url.with_path(path, encoded=True))


def with_params(url: str, params: Mapping[str, str | int | None]) -> str:
    """``url`` with its query updated like ``dict.update``; ``None`` removes a key."""
    parsed = URL(url)
    pairs: list[tuple[str, str]] = []
    for key, value in parsed.query.items():
        if key in params:
            new = params[key]
            if new is not None and key not in {k for k, _ in pairs}:
                pairs.append((key, str(new)))
        else:
            pairs.append((key, value))
    present = set(parsed.query)
    pairs += [(k, str(v)) for k, v in params.items() if v is not None and k not in present]
    return str(parsed.with_query(pairs))


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
