import os
from typing import Any

import pytest
from pydantic import ValidationError

from service_settings_env import DatabaseSettings, ServiceSettings, describe

PROD: dict[str, Any] = {
    "environment": "prod",
    "api_key": "k-123",
    "public_url": "https://orders.example.com",
}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts without ORDERS_* variables."""
    for name in list(os.environ):
        if name.upper().startswith("ORDERS_"):
            monkeypatch.delenv(name)


def error_locations(error: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str | int, ...]]:
    return [tuple(detail["loc"]) for detail in error.value.errors()]


@pytest.mark.task(taskno=1)
def test_defaults_without_any_environment() -> None:
    settings = ServiceSettings()
    assert settings.environment == "dev"
    assert settings.host == "127.0.0.1"
    assert settings.port == 8080, f"the default port is 8080, got {settings.port}"
    assert str(settings.public_url) == "http://localhost:8080/"
    assert settings.debug is False, "debug is off unless asked for"
    assert settings.api_key is None
    assert settings.allowed_origins == []
    assert settings.db == DatabaseSettings(), "the database block has its own defaults"
    assert settings.db.url == "sqlite:///orders.db"
    assert settings.db.pool_size == 5, f"the default pool is 5, got {settings.db.pool_size}"
    assert settings.bind_address == "127.0.0.1:8080"


@pytest.mark.task(taskno=1)
def test_prefixed_variables_are_read_and_converted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORDERS_PORT", "9000")
    monkeypatch.setenv("ORDERS_DEBUG", "true")
    monkeypatch.setenv("ORDERS_HOST", "0.0.0.0")
    monkeypatch.setenv("PORT", "1")
    settings = ServiceSettings()
    assert settings.port == 9000, "ORDERS_PORT is parsed into an int; bare PORT is ignored"
    assert settings.debug is True
    assert settings.bind_address == "0.0.0.0:9000"


@pytest.mark.task(taskno=1)
def test_list_values_come_as_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(
        "ORDERS_ALLOWED_ORIGINS", '["https://shop.example", "https://admin.example"]'
    )
    got = ServiceSettings().allowed_origins
    assert got == ["https://shop.example", "https://admin.example"], got


@pytest.mark.task(taskno=1)
def test_nested_delimiter_fills_the_database_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORDERS_DB__POOL_SIZE", "20")
    monkeypatch.setenv("ORDERS_DB__PASSWORD", "hunter2")
    db = ServiceSettings().db
    assert db.pool_size == 20, "ORDERS_DB__POOL_SIZE sets db.pool_size"
    assert db.password.get_secret_value() == "hunter2"
    assert db.url == "sqlite:///orders.db", "unset nested fields keep their defaults"


@pytest.mark.task(taskno=1)
def test_constructor_arguments_beat_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORDERS_PORT", "9000")
    monkeypatch.setenv("ORDERS_ENVIRONMENT", "staging")
    settings = ServiceSettings(port=7000)
    assert settings.port == 7000, "an explicit argument wins over ORDERS_PORT"
    assert settings.environment == "staging", "the other fields still come from the environment"


@pytest.mark.task(taskno=1)
def test_api_key_is_a_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORDERS_API_KEY", "sk_live_abc")
    settings = ServiceSettings()
    assert settings.api_key is not None
    assert settings.api_key.get_secret_value() == "sk_live_abc"
    assert "sk_live_abc" not in repr(settings), "secrets never show in a repr"
    assert "sk_live_abc" not in str(settings)


@pytest.mark.task(taskno=2)
def test_port_bounds_are_inclusive() -> None:
    assert ServiceSettings(port=1).port == 1
    assert ServiceSettings(port=65535).port == 65535
    for bad in (0, 65536, -80):
        with pytest.raises(ValidationError) as info:
            ServiceSettings(port=bad)
        assert error_locations(info) == [("port",)], f"port {bad} is out of range"


@pytest.mark.task(taskno=2)
def test_non_numeric_port_from_the_environment_is_rejected(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ORDERS_PORT", "http")
    with pytest.raises(ValidationError) as info:
        ServiceSettings()
    assert error_locations(info) == [("port",)]


@pytest.mark.task(taskno=2)
def test_pool_size_bounds() -> None:
    assert DatabaseSettings(pool_size=1).pool_size == 1
    assert DatabaseSettings(pool_size=50).pool_size == 50
    for bad in (0, 51):
        with pytest.raises(ValidationError):
            DatabaseSettings(pool_size=bad)


@pytest.mark.task(taskno=2)
def test_database_url_scheme_is_checked() -> None:
    for good in ("sqlite://", "postgresql://db/orders", "postgresql+psycopg://u@db:5432/o"):
        assert DatabaseSettings(url=good).url == good, f"{good} is allowed"
    for bad in ("mysql://db/orders", "orders.db", "sqlite:/x", "SQLITE://x", "sqlite:x://y"):
        with pytest.raises(ValidationError):
            DatabaseSettings(url=bad)


@pytest.mark.task(taskno=2)
def test_the_database_block_reads_no_variables_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POOL_SIZE", "49")
    monkeypatch.setenv("URL", "postgresql://elsewhere")
    assert DatabaseSettings() == DatabaseSettings(url="sqlite:///orders.db", pool_size=5)
    assert ServiceSettings().db.pool_size == 5, "only ORDERS_DB__POOL_SIZE sets db.pool_size"


@pytest.mark.task(taskno=2)
def test_invalid_values_report_every_location(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORDERS_PUBLIC_URL", "not a url")
    monkeypatch.setenv("ORDERS_DB__URL", "mysql://db")
    unknown: dict[str, Any] = {"environment": "test"}
    with pytest.raises(ValidationError) as info:
        ServiceSettings(**unknown)
    got = error_locations(info)
    assert got == [("environment",), ("public_url",), ("db", "url")], got


@pytest.mark.task(taskno=3)
def test_a_complete_production_configuration_is_accepted() -> None:
    settings = ServiceSettings(**PROD)
    assert settings.environment == "prod"
    assert settings.public_url.scheme == "https"


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"debug": True}, "debug must be off"),
        ({"api_key": None}, "api_key"),
        ({"api_key": ""}, "api_key"),
        ({"public_url": "http://orders.example.com"}, "https"),
        ({"public_url": "http://https.example.com"}, "https"),
    ],
)
def test_production_rules(change: dict[str, Any], reason: str) -> None:
    with pytest.raises(ValidationError, match=reason) as info:
        ServiceSettings(**{**PROD, **change})
    assert error_locations(info) == [()], "a model-level rule is reported at the root"


@pytest.mark.task(taskno=3)
def test_production_rules_do_not_apply_elsewhere() -> None:
    settings = ServiceSettings(environment="staging", debug=True)
    assert settings.debug is True, "staging may debug without an api_key over http"


@pytest.mark.task(taskno=3)
def test_describe_is_json_ready_and_masks_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORDERS_DB__PASSWORD", "hunter2")
    got = describe(ServiceSettings(**PROD))
    want = {
        "environment": "prod",
        "host": "127.0.0.1",
        "port": 8080,
        "public_url": "https://orders.example.com/",
        "debug": False,
        "api_key": "**********",
        "allowed_origins": [],
        "db": {"url": "sqlite:///orders.db", "pool_size": 5, "password": "**********"},
    }
    assert got == want, f"a log-safe JSON view, got {got}"
