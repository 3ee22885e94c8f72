"""Merges with one ``update`` of the outer dict: an overridden section replaces the base's
section entirely, so every base key the override does not repeat is lost. The visible tests
catch it."""

Settings = dict[str, dict[str, object]]


def get_setting(config: Settings, section: str, key: str, default: object) -> object:
    return config.get(section, {}).get(key, default)


def merge_settings(base: Settings, override: Settings) -> Settings:
    merged = {section: dict(settings) for section, settings in base.items()}
    merged.update({section: dict(settings) for section, settings in override.items()})
    return merged


def flatten(config: Settings) -> dict[str, object]:
    flat: dict[str, object] = {}
    for section, settings in config.items():
        for key, value in settings.items():
            flat[f"{section}.{key}"] = value
    return flat


def sections_with(config: Settings, key: str) -> list[str]:
    return sorted(section for section, settings in config.items() if key in settings)
