"""A different route: the config grows from the defaults up with ``new_child``, the
explanation is a ``next()`` over the named layers, the override scope is a fresh ChainMap
over the same layers, and the error log is a list trimmed in place (``recent()`` copies)."""

from collections import ChainMap
from collections.abc import Mapping

LAYERS = ("cli", "env", "file", "defaults")


def load_env(environ: Mapping[str, str], prefix: str = "APP_") -> dict[str, str]:
    """Settings from environment variables: APP_DB_HOST=x gives {'db_host': 'x'}."""
    return {
        name[len(prefix) :].lower(): value
        for name, value in environ.items()
        if len(name) > len(prefix) and name[: len(prefix)] == prefix
    }


def build_config(
    defaults: Mapping[str, str],
    file: Mapping[str, str],
    environ: Mapping[str, str],
    cli: Mapping[str, str | None],
) -> ChainMap[str, str]:
    """Look-ups try cli, then env, then file, then defaults; None on the CLI means unset."""
    config: ChainMap[str, str] = ChainMap(dict(defaults))
    config = config.new_child(dict(file))
    config = config.new_child(load_env(environ))
    given: dict[str, str] = {}
    for key, value in cli.items():
        if value is not None:
            given[key] = value
    return config.new_child(given)


def explain(config: ChainMap[str, str], key: str) -> str:
    """Name the layer that supplies the key's current value."""
    named = zip(LAYERS, config.maps, strict=False)
    found = next((name for name, layer in named if key in layer), None)
    if found is None:
        raise KeyError(key)
    return found


def with_overrides(config: ChainMap[str, str], overrides: Mapping[str, str]) -> ChainMap[str, str]:
    """A child scope whose values win; the parent config is never modified."""
    return ChainMap({**overrides}, *config.maps)


class RecentErrors:
    """The last `capacity` errors as (timestamp, message), oldest first."""

    def __init__(self, capacity: int) -> None:
        if not capacity >= 1:
            raise ValueError(f"a capacity below 1 keeps nothing: {capacity}")
        self._capacity = capacity
        self._times: list[float] = []
        self._messages: list[str] = []

    def record(self, at: float, message: str) -> None:
        self._times.append(at)
        self._messages.append(message)
        if len(self._times) > self._capacity:
            del self._times[0], self._messages[0]

    def recent(self) -> list[str]:
        return self._messages.copy()

    def in_window(self, now: float, seconds: float) -> int:
        return len([at for at in self._times if now - seconds <= at <= now])

    def is_burst(self, now: float, seconds: float, threshold: int) -> bool:
        return not self.in_window(now, seconds) < threshold
