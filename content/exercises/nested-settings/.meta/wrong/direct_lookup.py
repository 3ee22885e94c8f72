"""Looks up with brackets, ``config[section][key]``, so a missing section or key raises
``KeyError`` instead of giving the default; the sections found are not sorted either. The
visible tests catch it."""

Settings = dict[str, dict[str, object]]


def get_setting(config: Settings, section: str, key: str, default: object) -> object:
    return config[section][key]


def merge_settings(base: Settings, override: Settings) -> Settings:
    merged: Settings = {}
    for section, settings in base.items():
        merged[section] = dict(settings)
    for section, settings in override.items():
        if section not in merged:
            merged[section] = {}
        merged[section].update(settings)
    return merged


def flatten(config: Settings) -> dict[str, object]:
    flat: dict[str, object] = {}
    for section, settings in config.items():
        for key, value in settings.items():
            flat[f"{section}.{key}"] = value
    return flat


def sections_with(config: Settings, key: str) -> list[str]:
    return [section for section, settings in config.items() if key in settings]
