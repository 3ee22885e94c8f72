"""Layered configuration and recent-error tracking: implement the pieces below."""

from collections import ChainMap
from collections.abc import Mapping

LAYERS = ("cli", "env", "file", "defaults")


def load_env(environ: Mapping[str, str], prefix: str = "APP_") -> dict[str, str]:
    """Settings from environment variables: APP_DB_HOST=x gives {'db_host': 'x'}."""
    raise NotImplementedError


def build_config(
    defaults: Mapping[str, str],
    file: Mapping[str, str],
    environ: Mapping[str, str],
    cli: Mapping[str, str | None],
) -> ChainMap[str, str]:
    """Look-ups try cli, then env, then file, then defaults; None on the CLI means unset."""
    raise NotImplementedError


def explain(config: ChainMap[str, str], key: str) -> str:
    """Name the layer that supplies the key's current value."""
    raise NotImplementedError


def with_overrides(config: ChainMap[str, str], overrides: Mapping[str, str]) -> ChainMap[str, str]:
    """A child scope whose values win; the parent config is never modified."""
    raise NotImplementedError


class RecentErrors:
    """The last `capacity` errors as (timestamp, message), oldest first."""

    def __init__(self, capacity: int) -> None:
        raise NotImplementedError

    def record(self, at: float, message: str) -> None:
        raise NotImplementedError

    def recent(self) -> list[str]:
        raise NotImplementedError

    def in_window(self, now: float, seconds: float) -> int:
        """How many kept errors happened in the closed interval [now - seconds, now]."""
        raise NotImplementedError

    def is_burst(self, now: float, seconds: float, threshold: int) -> bool:
        raise NotImplementedError
