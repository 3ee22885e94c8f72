"""Typed, validated settings of the orders service, read from ORDERS_* variables.

Declare the fields, the configuration and the validators described in the instructions.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic_settings import BaseSettings

__all__ = ["DB_SCHEMES", "DatabaseSettings", "ServiceSettings", "describe"]

DB_SCHEMES = frozenset({"sqlite", "postgresql", "postgresql+psycopg"})


class DatabaseSettings(BaseModel):
    """Where the orders live and how many connections to keep."""


class ServiceSettings(BaseSettings):
    """Settings from the constructor, then ``ORDERS_*`` variables, then the defaults."""

    @property
    def bind_address(self) -> str:
        """``host:port`` for the HTTP server."""
        raise NotImplementedError


def describe(settings: ServiceSettings) -> dict[str, Any]:
    """A JSON-ready dump for the startup log, with every secret masked."""
    raise NotImplementedError
