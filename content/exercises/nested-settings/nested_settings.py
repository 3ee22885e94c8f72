"""Nested settings: read and combine settings kept in a dict of dicts."""

Settings = dict[str, dict[str, object]]


def get_setting(config: Settings, section: str, key: str, default: object) -> object:
    """Return config[section][key], or default when the section or key is missing."""
    raise NotImplementedError("get_setting")


def merge_settings(base: Settings, override: Settings) -> Settings:
    """Return a new dict of dicts: base with override's keys applied, section by section."""
    raise NotImplementedError("merge_settings")


def flatten(config: Settings) -> dict[str, object]:
    """Return {'<section>.<key>': value} for every setting."""
    raise NotImplementedError("flatten")


def sections_with(config: Settings, key: str) -> list[str]:
    """Return the sorted names of the sections that define key."""
    raise NotImplementedError("sections_with")
