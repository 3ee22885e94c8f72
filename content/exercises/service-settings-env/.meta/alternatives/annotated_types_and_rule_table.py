"""A different route: bounds as ``Annotated`` types, the database scheme checked with a
regular expression, the production rules as a table of checks, and ``describe`` through
``model_dump_json`` parsed back."""

from __future__ import annotations

import json
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, HttpUrl, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DB_SCHEMES = frozenset({"sqlite", "postgresql", "postgresql+psycopg"})
_URL = re.compile(r"(?P<scheme>.*?)://")

Port = Annotated[int, Field(ge=1, le=65535)]
PoolSize = Annotated[int, Field(ge=1, le=50)]


class DatabaseSettings(BaseModel):
    url: str = "sqlite:///orders.db"
    pool_size: PoolSize = 5
    password: SecretStr = SecretStr("")

    @field_validator("url")
    @classmethod
    def _scheme(cls, url: str) -> str:
        match = _URL.match(url)
        if match is None or match["scheme"] not in DB_SCHEMES:
            raise ValueError(f"{url!r}: expected one of {', '.join(sorted(DB_SCHEMES))} + ://")
        return url


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ORDERS_", env_nested_delimiter="__", extra="ignore"
    )

    environment: Literal["dev", "staging", "prod"] = "dev"
    host: str = "127.0.0.1"
    port: Port = 8080
    public_url: HttpUrl = HttpUrl("http://localhost:8080")
    debug: bool = False
    api_key: SecretStr | None = None
    allowed_origins: list[str] = []
    db: DatabaseSettings = DatabaseSettings()

    @model_validator(mode="after")
    def _production(self) -> ServiceSettings:
        if self.environment != "prod":
            return self
        rules = [
            (not self.debug, "debug must be off in production"),
            (bool(self.api_key and self.api_key.get_secret_value()), "production needs api_key"),
            (self.public_url.scheme == "https", "production public_url needs https"),
        ]
        for ok, message in rules:
            if not ok:
                raise ValueError(message)
        return self

    @property
    def bind_address(self) -> str:
        return "%s:%d" % (self.host, self.port)  # noqa: UP031


def describe(settings: ServiceSettings) -> dict[str, Any]:
    dumped: dict[str, Any] = json.loads(settings.model_dump_json())
    return dumped
