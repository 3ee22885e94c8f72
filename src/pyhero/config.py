"""Settings: the one place pyhero reads its configuration from (env prefix ``PYHERO_``).

:class:`Settings` reads its environment variables itself, as pydantic-settings would for these
plain fields (names ignore case; keyword arguments win over the environment; defaults are
validated too): importing pydantic-settings, with the asyncio, dotenv and cloud-secret
sources it loads, was a fifth of the start-up of ``pyhero list``.
"""

from __future__ import annotations

import ipaddress
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

__all__ = [
    "ENV_PREFIX",
    "Settings",
    "SettingsError",
    "default_content_dir",
    "get_settings",
    "user_data_dir",
]

_APP_NAME = "pyhero"
ENV_PREFIX = "PYHERO_"


def default_content_dir() -> Path:
    """The content shipped with pyhero: the source checkout's, else the installed copy."""
    source_checkout = Path(__file__).resolve().parents[2] / "content"
    if source_checkout.is_dir():
        return source_checkout
    return Path(__file__).resolve().parent / "_content"


def _default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(_APP_NAME))


def user_data_dir() -> Path:
    """The platform's per-user data directory for pyhero (``~/.local/share/pyhero`` on Linux)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(_APP_NAME))


def _default_database_url() -> str:
    return f"sqlite:///{user_data_dir() / 'pyhero.db'}"


class SettingsError(ValueError):
    """A ``PYHERO_*`` variable holds a value pyhero cannot use; one line per variable, each
    naming it, its value and why."""


class Settings(BaseModel):
    """Every setting pyhero has; each one is documented in ``docs/settings.md``.

    ``Settings()`` reads ``PYHERO_<FIELD>`` (any case) from the environment; keyword arguments
    override it.
    """

    model_config = ConfigDict(extra="ignore", validate_default=True)

    content_dir: Path = Field(default_factory=default_content_dir)
    database_url: str = Field(default_factory=_default_database_url)
    workspace_dir: Path = Path("pyhero-workspace")
    log_level: Literal["debug", "info", "warning", "error"] = "warning"
    log_format: Literal["console", "json"] = "console"
    grader_workers: int = Field(default=0, ge=0)
    grader_isolation: Literal["auto", "bubblewrap", "local"] = "auto"
    learner: str = "local"
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    cache_dir: Path = Field(default_factory=_default_cache_dir)
    team: bool = False
    redis_url: str | None = None
    public_url: str | None = None
    secret_key: str | None = Field(default=None, min_length=32)
    trusted_proxies: str | None = None
    session_days: int = Field(default=14, ge=1)
    invitation_days: int = Field(default=7, ge=1)
    login_attempts: int = Field(default=10, ge=1)
    submissions_per_minute: int = Field(default=12, ge=1)
    job_timeout_seconds: int = Field(default=300, ge=5)
    stuck_days: int = Field(default=7, ge=1)
    stuck_failures: int = Field(default=5, ge=2)

    @model_validator(mode="before")
    @classmethod
    def _from_environment(cls, given: Any) -> Any:
        if not isinstance(given, dict):
            return given
        prefix = ENV_PREFIX.casefold()
        found = {
            name.casefold().removeprefix(prefix): value
            for name, value in os.environ.items()
            if name.casefold().startswith(prefix)
        }
        return {**{k: v for k, v in found.items() if k in cls.model_fields}, **given}

    @field_validator("content_dir", "workspace_dir", "cache_dir")
    @classmethod
    def _expand_home(cls, path: Path) -> Path:
        """``~/ws`` means the user's home, even when the shell did not expand it."""
        return path.expanduser()

    @field_validator("redis_url", "secret_key", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("trusted_proxies")
    @classmethod
    def _proxy_networks(cls, value: str | None) -> str | None:
        """Comma-separated addresses or networks (``10.0.0.0/8``); checked at start."""
        if value is None or not value.strip():
            return None
        for part in value.split(","):
            try:
                ipaddress.ip_network(part.strip(), strict=False)
            except ValueError:
                raise ValueError(f"{part.strip()!r} is not an IP address or network") from None
        return value

    @field_validator("public_url")
    @classmethod
    def _absolute_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        parsed = urlsplit(value.strip())
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ValueError("must be an absolute http(s) URL such as https://pyhero.example.com")
        return value.strip().rstrip("/")

    def proxy_networks(self) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
        """The networks whose ``X-Forwarded-*`` headers are believed."""
        if self.trusted_proxies is None:
            return ()
        return tuple(
            ipaddress.ip_network(part.strip(), strict=False)
            for part in self.trusted_proxies.split(",")
        )


def _describe(error: ValidationError) -> str:
    lines = []
    for item in error.errors(include_url=False):
        field = str(item["loc"][0]) if item["loc"] else "?"
        reason = item["msg"][:1].lower() + item["msg"][1:]
        lines.append(f"{ENV_PREFIX}{field.upper()}={item['input']!r} is invalid: {reason}.")
    return "\n".join(lines)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings from the environment, read once; :class:`SettingsError` when a
    ``PYHERO_*`` variable is invalid."""
    try:
        return Settings()
    except ValidationError as exc:
        raise SettingsError(_describe(exc)) from None
