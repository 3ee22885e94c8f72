"""URLs for an API client, built with yarl: endpoints, query updates and redaction."""

from __future__ import annotations

from collections.abc import Mapping


def endpoint(base: str, *segments: str | int) -> str:
    raise NotImplementedError("implement endpoint")


def with_params(url: str, params: Mapping[str, str | int | None]) -> str:
    raise NotImplementedError("implement with_params")


def redact(url: str) -> str:
    raise NotImplementedError("implement redact")
