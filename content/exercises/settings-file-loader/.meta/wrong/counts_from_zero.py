"""``load_settings`` numbers the lines with ``enumerate`` from 0.

Every reported line number is one too small: the operator looks at the line above the bad
one. The visible tests check the number.
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
            for number, line in enumerate(settings_file):
                pair = parse_line(line, number)
                if pair is not None:
                    key, value = pair
                    settings[key] = value
    except FileNotFoundError:
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
