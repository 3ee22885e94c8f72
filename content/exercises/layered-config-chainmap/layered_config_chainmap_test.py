from collections import ChainMap

import pytest

from layered_config_chainmap import (
    RecentErrors,
    build_config,
    explain,
    load_env,
    with_overrides,
)

DEFAULTS = {"db_host": "localhost", "db_port": "5432", "log_level": "info", "workers": "2"}
FILE = {"db_host": "db.internal", "workers": "4"}
ENV = {"APP_WORKERS": "8", "APP_LOG_LEVEL": "debug", "HOME": "/root", "APP_": "x"}


def config(cli: dict[str, str | None] | None = None) -> ChainMap[str, str]:
    return build_config(DEFAULTS, FILE, ENV, cli or {})


@pytest.mark.task(taskno=1)
def test_load_env_keeps_prefixed_names_lowercased_without_prefix() -> None:
    got = load_env(ENV)
    assert got == {"workers": "8", "log_level": "debug"}, f"HOME and bare APP_ are ignored: {got}"


@pytest.mark.task(taskno=1)
def test_load_env_uses_the_given_prefix() -> None:
    env = {"SVC_A": "1", "APP_B": "2", "svc_c": "3"}
    assert load_env(env, prefix="SVC_") == {"a": "1"}, "the prefix match is case-sensitive"
    assert load_env({}) == {}


@pytest.mark.task(taskno=1)
def test_load_env_removes_the_prefix_once_not_its_letters() -> None:
    got = load_env({"APP_PATH": "/srv", "APP_API_KEY": "k", "APP__X": "1"})
    assert got == {"path": "/srv", "api_key": "k", "_x": "1"}, f"got {got}"


@pytest.mark.task(taskno=1)
def test_an_empty_cli_value_is_a_value() -> None:
    cfg = config({"workers": ""})
    assert cfg["workers"] == "", "only None means the flag was not passed"


@pytest.mark.task(taskno=1)
def test_each_key_comes_from_the_highest_layer_that_has_it() -> None:
    cfg = config({"db_port": "6543"})
    got = {key: cfg[key] for key in sorted(DEFAULTS)}
    want = {"db_host": "db.internal", "db_port": "6543", "log_level": "debug", "workers": "8"}
    assert got == want, f"cli > env > file > defaults, got {got}"


@pytest.mark.task(taskno=1)
def test_cli_flags_left_as_none_do_not_hide_lower_layers() -> None:
    cfg = config({"workers": None, "log_level": "warning"})
    assert cfg["workers"] == "8", "an unset CLI flag must fall through to env"
    assert cfg["log_level"] == "warning"


@pytest.mark.task(taskno=1)
def test_missing_key_raises_key_error_and_keys_are_the_union() -> None:
    cfg = config({"extra": "1"})
    with pytest.raises(KeyError):
        cfg["nope"]
    assert set(cfg) == {*DEFAULTS, "extra"}, f"got {set(cfg)}"


@pytest.mark.task(taskno=1)
def test_build_config_copies_its_inputs() -> None:
    defaults = dict(DEFAULTS)
    cfg = build_config(defaults, FILE, ENV, {})
    defaults["db_port"] = "1"
    assert cfg["db_port"] == "5432", "later edits of the caller's dicts must not leak in"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    ("key", "layer"),
    [("db_port", "cli"), ("workers", "env"), ("db_host", "file"), ("log_level", "env")],
)
def test_explain_names_the_supplying_layer(key: str, layer: str) -> None:
    cfg = config({"db_port": "1", "db_host": None})
    assert explain(cfg, key) == layer, f"{key} should come from {layer}"


@pytest.mark.task(taskno=2)
def test_explain_reports_defaults_and_unknown_keys() -> None:
    cfg = build_config(DEFAULTS, {}, {}, {})
    assert explain(cfg, "db_port") == "defaults"
    with pytest.raises(KeyError):
        explain(cfg, "nope")


@pytest.mark.task(taskno=2)
def test_overrides_win_in_a_child_scope_without_touching_the_parent() -> None:
    cfg = config()
    child = with_overrides(cfg, {"workers": "1"})
    assert child["workers"] == "1" and child["db_host"] == "db.internal"
    child["log_level"] = "error"
    assert cfg["workers"] == "8" and cfg["log_level"] == "debug", "parent must be unchanged"
    assert child.parents == cfg, "the child's parent is the original config"


@pytest.mark.task(taskno=3)
def test_recent_errors_keep_only_the_newest_capacity_entries() -> None:
    errors = RecentErrors(3)
    for i in range(5):
        errors.record(float(i), f"e{i}")
    assert errors.recent() == ["e2", "e3", "e4"], f"oldest first, got {errors.recent()}"


@pytest.mark.task(taskno=3)
def test_recent_errors_start_empty_and_capacity_one_keeps_the_last() -> None:
    errors = RecentErrors(1)
    assert errors.recent() == []
    errors.record(1.0, "a")
    errors.record(2.0, "b")
    assert errors.recent() == ["b"]


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("capacity", [0, -1])
def test_recent_errors_need_a_positive_capacity(capacity: int) -> None:
    with pytest.raises(ValueError, match="capacity"):
        RecentErrors(capacity)


@pytest.mark.task(taskno=3)
def test_window_is_closed_at_both_ends() -> None:
    errors = RecentErrors(10)
    for at in (89.0, 90.0, 95.0, 100.0, 101.0):
        errors.record(at, "boom")
    got = errors.in_window(now=100.0, seconds=10.0)
    assert got == 3, f"90, 95 and 100 are inside [90, 100]; 89 and 101 are not; got {got}"


@pytest.mark.task(taskno=3)
def test_burst_when_threshold_reached_in_window() -> None:
    errors = RecentErrors(10)
    for at in (10.0, 11.0, 12.0):
        errors.record(at, "timeout")
    assert errors.is_burst(now=12.0, seconds=2.0, threshold=3) is True, "3 errors >= 3"
    assert errors.is_burst(now=12.0, seconds=2.0, threshold=4) is False
    assert errors.is_burst(now=12.0, seconds=1.0, threshold=3) is False, "10.0 is outside"


@pytest.mark.task(taskno=3)
def test_window_counts_errors_recorded_out_of_time_order() -> None:
    errors = RecentErrors(4)
    for at in (50.0, 99.0, 10.0, 95.0, 97.0):
        errors.record(at, "late report")
    assert errors.in_window(now=100.0, seconds=10.0) == 3, "99, 95 and 97 are in the window"
    assert errors.recent() == ["late report"] * 4, "the first recorded (50.0) fell off"
