"""Copies only the outer dict (``merged = dict(base)``) and updates the inner dicts it
shares with the base: the merged result is right, but the caller's defaults now hold the
overrides too. The visible tests catch it."""

Settings = dict[str, dict[str, object]]


def get_setting(config: Settings, section: str, key: str, default: object) -> object:
    return config.get(section, {}).get(key, default)


def merge_settings(base: Settings, override: Settings) -> Settings:
    merged = dict(base)
    for section, settings in override.items():
        if section in merged:
            merged[section].update(settings)
        else:
            merged[section] = dict(settings)
    return merged


def flatten(config: Settings) -> dict[str, object]:
    flat: dict[str, object] = {}
    for section, settings in config.items():
        for key, value in settings.items():
            flat[f"{section}.{key}"] = value
    return flat


def sections_with(config: Settings, key: str) -> list[str]:
    return sorted(section for section, settings in config.items() if key in settings)
