"""Checks membership step by step instead of chaining ``get``, merges with dict unpacking
(``{**a, **b}`` builds a new dict), and builds the flat dict and the section list with
comprehensions."""

Settings = dict[str, dict[str, object]]


def get_setting(config: Settings, section: str, key: str, default: object) -> object:
    if section in config and key in config[section]:
        return config[section][key]
    return default


def merge_settings(base: Settings, override: Settings) -> Settings:
    sections = list(base) + [name for name in override if name not in base]
    return {name: {**base.get(name, {}), **override.get(name, {})} for name in sections}


def flatten(config: Settings) -> dict[str, object]:
    return {
        section + "." + key: value
        for section, settings in config.items()
        for key, value in settings.items()
    }


def sections_with(config: Settings, key: str) -> list[str]:
    found = [name for name in config if key in config[name]]
    found.sort()
    return found
