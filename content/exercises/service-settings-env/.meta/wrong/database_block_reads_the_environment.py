"""Makes ``DatabaseSettings`` a ``BaseSettings`` too.

Nested under ``ServiceSettings`` it seems to work, but a settings class reads the
environment itself, without a prefix: an unrelated ``POOL_SIZE``, ``URL`` or ``PASSWORD``
variable of the container changes the database block. The visible tests never set such
variables; the visible test with an unprefixed ``POOL_SIZE`` catches it.
"""

from __future__ import annotations

from typing import Any, Literal, Self

from pydantic import Field, HttpUrl, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["DB_SCHEMES", "DatabaseSettings", "ServiceSettings", "describe"]

DB_SCHEMES = frozenset({"sqlite", "postgresql", "postgresql+psycopg"})


class DatabaseSettings(BaseSettings):
    """Where the orders live and how many connections to keep."""

    url: str = "sqlite:///orders.db"
    pool_size: int = Field(default=5, ge=1, le=50)
    password: SecretStr = SecretStr("")

    @field_validator("url")
    @classmethod
    def known_scheme(cls, value: str) -> str:
        scheme, separator, _ = value.partition("://")
        if not separator or scheme not in DB_SCHEMES:
            raise ValueError(f"url scheme must be one of {sorted(DB_SCHEMES)}")
        return value


class ServiceSettings(BaseSettings):
    """Settings from the constructor, then ``ORDERS_*`` variables, then the defaults."""

    model_config = SettingsConfigDict(
        env_prefix="ORDERS_", env_nested_delimiter="__", extra="ignore"
    )

    environment: Literal["dev", "staging", "prod"] = "dev"
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=1, le=65535)
    public_url: HttpUrl = HttpUrl("http://localhost:8080")
    debug: bool = False
    api_key: SecretStr | None = None
    allowed_origins: list[str] = Field(default_factory=list)
    db: DatabaseSettings = Field(default_factory=DatabaseSettings)

    @model_validator(mode="after")
    def production_rules(self) -> Self:
        if self.environment == "prod":
            if self.debug:
                raise ValueError("debug must be off in prod")
            if self.api_key is None or not self.api_key.get_secret_value():
                raise ValueError("prod needs an api_key")
            if self.public_url.scheme != "https":
                raise ValueError("prod public_url must use https")
        return self

    @property
    def bind_address(self) -> str:
        """``host:port`` for the HTTP server."""
        return f"{self.host}:{self.port}"


def describe(settings: ServiceSettings) -> dict[str, Any]:
    """A JSON-ready dump for the startup log, with every secret masked."""
    return settings.model_dump(mode="json")
