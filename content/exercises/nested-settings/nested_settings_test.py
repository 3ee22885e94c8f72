from typing import Any

import pytest
from nested_settings import flatten, get_setting, merge_settings, sections_with


def defaults() -> dict[str, dict[str, Any]]:
    return {
        "server": {"host": "0.0.0.0", "port": 8000, "debug": False},
        "database": {"url": "sqlite:///app.db", "pool_size": 5},
    }


@pytest.mark.task(taskno=1)
def test_get_setting_reads_two_levels() -> None:
    got = get_setting(defaults(), "database", "pool_size", 1)
    assert got == 5, f"database.pool_size is 5, got {got!r}"


@pytest.mark.task(taskno=1)
def test_get_setting_falls_back_for_missing_sections_and_keys() -> None:
    assert get_setting(defaults(), "cache", "ttl", 60) == 60, "no cache section: the default"
    assert get_setting(defaults(), "server", "workers", 4) == 4, "no workers key: the default"


@pytest.mark.task(taskno=1)
def test_get_setting_keeps_falsy_values() -> None:
    got = get_setting(defaults(), "server", "debug", True)
    assert got is False, f"debug is present and False; False must win over the default, got {got!r}"


@pytest.mark.task(taskno=2)
def test_merge_settings_overrides_key_by_key() -> None:
    got = merge_settings(defaults(), {"server": {"port": 9000}, "cache": {"ttl": 60}})
    want = {
        "server": {"host": "0.0.0.0", "port": 9000, "debug": False},
        "database": {"url": "sqlite:///app.db", "pool_size": 5},
        "cache": {"ttl": 60},
    }
    assert got == want, f"the port changes, host and debug stay, cache is added; got {got}"


@pytest.mark.task(taskno=2)
def test_merge_settings_changes_neither_argument() -> None:
    base, override = defaults(), {"server": {"debug": True}}
    merged = merge_settings(base, override)
    assert base == defaults(), f"the base settings must stay as they were, they are {base}"
    merged["server"]["port"] = 1
    merged["database"]["pool_size"] = 99
    assert base == defaults(), "the result must not share inner dicts with the base"
    assert override == {"server": {"debug": True}}, f"nor with the override: {override}"


@pytest.mark.task(taskno=3)
def test_flatten_joins_section_and_key() -> None:
    got = flatten({"server": {"port": 8000}, "database": {"pool_size": 5}})
    assert got == {"server.port": 8000, "database.pool_size": 5}, f"got {got}"
    assert flatten({"empty": {}}) == {}, "an empty section adds nothing"


@pytest.mark.task(taskno=4)
def test_sections_with_a_key() -> None:
    config = {"worker": {"timeout": 30}, "api": {"timeout": 5, "port": 80}, "db": {"url": "x"}}
    got = sections_with(config, "timeout")
    assert got == ["api", "worker"], f"api and worker define timeout, sorted, got {got}"
    assert sections_with(config, "retries") == [], "no section defines retries"
