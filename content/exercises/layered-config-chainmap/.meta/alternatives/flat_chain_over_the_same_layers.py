"""``with_overrides`` builds a new ``ChainMap`` over a copy of the overrides and the
config's own layer objects (not copies), which is what ``new_child`` does: writes go to the
copy, later changes to the config's layers show through."""

from collections import ChainMap, deque
from collections.abc import Mapping

LAYERS = ("cli", "env", "file", "defaults")


def load_env(environ: Mapping[str, str], prefix: str = "APP_") -> dict[str, str]:
    """Settings from environment variables: APP_DB_HOST=x gives {'db_host': 'x'}."""
    settings: dict[str, str] = {}
    for name, value in environ.items():
        if name.startswith(prefix) and len(name) > len(prefix):
            settings[name.removeprefix(prefix).lower()] = value
    return settings


def build_config(
    defaults: Mapping[str, str],
    file: Mapping[str, str],
    environ: Mapping[str, str],
    cli: Mapping[str, str | None],
) -> ChainMap[str, str]:
    """Look-ups try cli, then env, then file, then defaults; None on the CLI means unset."""
    given = {key: value for key, value in cli.items() if value is not None}
    return ChainMap(given, load_env(environ), dict(file), dict(defaults))


def explain(config: ChainMap[str, str], key: str) -> str:
    """Name the layer that supplies the key's current value."""
    for name, layer in zip(LAYERS, config.maps, strict=False):
        if key in layer:
            return name
    raise KeyError(key)


def with_overrides(config: ChainMap[str, str], overrides: Mapping[str, str]) -> ChainMap[str, str]:
    """A child scope whose values win; the parent config is never modified."""
    return ChainMap(dict(overrides), *config.maps)


class RecentErrors:
    """The last `capacity` errors as (timestamp, message), oldest first."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self._events: deque[tuple[float, str]] = deque(maxlen=capacity)

    def record(self, at: float, message: str) -> None:
        self._events.append((at, message))

    def recent(self) -> list[str]:
        return [message for _, message in self._events]

    def in_window(self, now: float, seconds: float) -> int:
        """How many kept errors happened in the closed interval [now - seconds, now]."""
        return sum(1 for at, _ in self._events if now - seconds <= at <= now)

    def is_burst(self, now: float, seconds: float, threshold: int) -> bool:
        return self.in_window(now, seconds) >= threshold
