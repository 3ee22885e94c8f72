"""A hand-edited settings file: comments, key = value lines, defaults and clear errors."""

from pathlib import Path


class SettingsError(ValueError):
    """A line of the settings file that is not ``key = value``."""

    def __init__(self, number: int, text: str) -> None:
        raise NotImplementedError("SettingsError.__init__")


def parse_line(line: str, number: int) -> tuple[str, str] | None:
    """``(key, value)``, None for a blank or comment line; SettingsError otherwise."""
    raise NotImplementedError("parse_line")


def load_settings(path: str | Path) -> dict[str, str]:
    """The file's settings in file order; ``{}`` when the file does not exist."""
    raise NotImplementedError("load_settings")


def load_with_defaults(path: str | Path, defaults: dict[str, str]) -> dict[str, str]:
    """A new dict: ``defaults`` overridden by the file's settings."""
    raise NotImplementedError("load_with_defaults")


def save_settings(path: str | Path, settings: dict[str, str]) -> None:
    """Write ``key = value`` lines sorted by key, creating missing folders."""
    raise NotImplementedError("save_settings")
