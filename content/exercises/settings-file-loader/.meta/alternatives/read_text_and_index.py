"""The whole file read at once with ``Path.read_text`` (an ``exists`` check instead of
``try``), the line cut at ``index("=")``, and the settings written in one ``write_text``."""

from pathlib import Path


class SettingsError(ValueError):
    def __init__(self, number: int, text: str) -> None:
        self.line_number = number
        self.text = text
        super().__init__("line " + str(number) + ": expected key = value, got " + repr(text))


def parse_line(line: str, number: int) -> tuple[str, str] | None:
    text = line.strip()
    if text == "" or text[0] == "#":
        return None
    if "=" not in text:
        raise SettingsError(number, text)
    cut = text.index("=")
    key = text[:cut].strip()
    if key == "":
        raise SettingsError(number, text)
    return key, text[cut + 1 :].strip()


def load_settings(path: str | Path) -> dict[str, str]:
    source = Path(path)
    if not source.exists():
        return {}
    settings: dict[str, str] = {}
    lines = source.read_text(encoding="utf-8").split("\n")
    for number, line in enumerate(lines, start=1):
        pair = parse_line(line, number)
        if pair:
            settings[pair[0]] = pair[1]
    return settings


def load_with_defaults(path: str | Path, defaults: dict[str, str]) -> dict[str, str]:
    merged = dict(defaults)
    merged.update(load_settings(path))
    return merged


def save_settings(path: str | Path, settings: dict[str, str]) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(f"{key} = {value}\n" for key, value in sorted(settings.items()))
    target.write_text(text, encoding="utf-8")
