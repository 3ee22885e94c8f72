"""Nested settings: read and combine settings kept in a dict of dicts."""

Settings = dict[str, dict[str, object]]


def get_setting(config: Settings, section: str, key: str, default: object) -> object:
    """Return config[section][key], or default when the section or key is missing."""
    return config.get(section, {}).get(key, default)


def merge_settings(base: Settings, override: Settings) -> Settings:
    """Return a new dict of dicts: base with override's keys applied, section by section."""
    merged: Settings = {}
    for section, settings in base.items():
        merged[section] = dict(settings)
    for section, settings in override.items():
        if section not in merged:
            merged[section] = {}
        merged[section].update(settings)
    return merged


def flatten(config: Settings) -> dict[str, object]:
    """Return {'<section>.<key>': value} for every setting."""
    flat: dict[str, object] = {}
    for section, settings in config.items():
        for key, value in settings.items():
            flat[f"{section}.{key}"] = value
    return flat


def sections_with(config: Settings, key: str) -> list[str]:
    """Return the sorted names of the sections that define key."""
    found: list[str] = []
    for section, settings in config.items():
        if key in settings:
            found.append(section)
    return sorted(found)
