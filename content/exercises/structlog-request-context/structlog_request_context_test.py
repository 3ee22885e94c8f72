import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from types import MappingProxyType
from typing import Any

import pytest
import structlog
from structlog.contextvars import clear_contextvars, merge_contextvars
from structlog.testing import capture_logs

from structlog_request_context import (
    REDACTED,
    build_processors,
    configure_logging,
    redact_secrets,
    request_context,
    timestamper,
)

NOON = datetime(2026, 3, 1, 12, 0, 0, 250_000, tzinfo=UTC)


def fixed_clock() -> datetime:
    return NOON


@pytest.fixture(autouse=True)
def pristine_structlog() -> Iterator[None]:
    clear_contextvars()
    yield
    clear_contextvars()
    structlog.reset_defaults()


def lines(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def redact(**event: Any) -> dict[str, Any]:
    return dict(redact_secrets(None, "info", event))


@pytest.mark.task(taskno=1)
def test_redacts_secret_keys_case_insensitively() -> None:
    got = redact(event="login", password="hunter2", Authorization="Bearer x", API_KEY="k")
    want = {"event": "login", "password": REDACTED, "Authorization": REDACTED, "API_KEY": REDACTED}
    assert got == want, got


@pytest.mark.task(taskno=1)
def test_redacts_keys_with_secret_suffixes_but_not_lookalikes() -> None:
    got = redact(refresh_token="r", db_password="p", client_secret="s", token_count=3, user="ana")
    want = {
        "refresh_token": REDACTED,
        "db_password": REDACTED,
        "client_secret": REDACTED,
        "token_count": 3,
        "user": "ana",
    }
    assert got == want, f"'token_count' is a number of tokens, not a secret: {got}"


@pytest.mark.task(taskno=1)
def test_redacts_inside_nested_dicts_without_touching_the_original() -> None:
    headers = {"Authorization": "Bearer abc", "Accept": "application/json"}
    event = {"event": "call", "request": {"headers": headers, "path": "/pay"}}
    got = redact_secrets(None, "info", event)
    assert got["request"] == {
        "headers": {"Authorization": REDACTED, "Accept": "application/json"},
        "path": "/pay",
    }, got
    assert headers["Authorization"] == "Bearer abc", "build new dicts; never mutate the caller's"


@pytest.mark.task(taskno=1)
def test_suffixes_are_matched_whatever_their_case() -> None:
    got = redact(Refresh_Token="r", DB_PASSWORD="p", note="n")
    assert got == {"Refresh_Token": REDACTED, "DB_PASSWORD": REDACTED, "note": "n"}, got


@pytest.mark.task(taskno=1)
def test_the_event_dict_itself_is_left_alone() -> None:
    event = {"event": "login", "password": "hunter2"}
    got = redact_secrets(None, "info", event)
    assert got == {"event": "login", "password": REDACTED}
    assert event == {"event": "login", "password": "hunter2"}, "return a new dict"


@pytest.mark.task(taskno=1)
def test_any_mapping_is_cleaned_not_only_dicts() -> None:
    headers = MappingProxyType({"Authorization": "Bearer abc", "Accept": "*/*"})
    got = redact(event="call", headers=headers)
    assert got["headers"] == {"Authorization": REDACTED, "Accept": "*/*"}, got


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("microsecond", "want"),
    [(0, "12:00:00.000Z"), (250_999, "12:00:00.250Z"), (999_999, "12:00:00.999Z")],
)
def test_milliseconds_are_truncated_and_always_written(microsecond: int, want: str) -> None:
    add_ts = timestamper(lambda: datetime(2026, 3, 1, 12, 0, 0, microsecond, tzinfo=UTC))
    assert add_ts(None, "info", {})["ts"] == f"2026-03-01T{want}"


@pytest.mark.task(taskno=1)
def test_timestamper_writes_utc_iso_with_milliseconds() -> None:
    paris = timezone(timedelta(hours=1))
    add_ts = timestamper(lambda: datetime(2026, 3, 1, 13, 0, 0, 250_000, tzinfo=paris))
    got = add_ts(None, "info", {"event": "x"})
    assert got == {"event": "x", "ts": "2026-03-01T12:00:00.250Z"}, got


@pytest.mark.task(taskno=2)
def test_json_lines_with_level_service_and_timestamp() -> None:
    stream = io.StringIO()
    configure_logging("checkout", stream=stream, clock=fixed_clock)
    structlog.get_logger().info("order placed", order_id=42, card_token="tok_1")
    want = (
        '{"card_token": "[redacted]", "event": "order placed", "level": "info", '
        '"order_id": 42, "service": "checkout", "ts": "2026-03-01T12:00:00.250Z"}\n'
    )
    assert stream.getvalue() == want, "JSON is the default: one line per event, sorted keys"


@pytest.mark.task(taskno=2)
def test_key_value_lines_start_with_the_fixed_keys() -> None:
    stream = io.StringIO()
    configure_logging("checkout", stream=stream, json=False, clock=fixed_clock)
    structlog.get_logger().warning("slow query", ms=950, db_password="p", attempt=2)
    want = (
        "ts='2026-03-01T12:00:00.250Z' level='warning' service='checkout' "
        "event='slow query' attempt=2 db_password='[redacted]' ms=950\n"
    )
    assert stream.getvalue() == want, stream.getvalue()


@pytest.mark.task(taskno=2)
def test_an_explicit_service_key_wins() -> None:
    stream = io.StringIO()
    configure_logging("checkout", stream=stream, clock=fixed_clock)
    structlog.get_logger().info("forwarded", service="billing")
    assert lines(stream)[0]["service"] == "billing"


@pytest.mark.task(taskno=2)
def test_level_filtering() -> None:
    stream = io.StringIO()
    configure_logging("api", stream=stream, clock=fixed_clock)
    log = structlog.get_logger()
    log.debug("noise")
    log.info("kept")
    assert [e["event"] for e in lines(stream)] == ["kept"], "info is the default level"
    stream = io.StringIO()
    configure_logging("api", stream=stream, level="WARNING", clock=fixed_clock)
    log = structlog.get_logger()
    log.info("dropped")
    log.error("kept")
    assert [(e["event"], e["level"]) for e in lines(stream)] == [("kept", "error")]


@pytest.mark.task(taskno=2)
def test_debug_level_and_unknown_levels() -> None:
    stream = io.StringIO()
    configure_logging("api", stream=stream, level="debug", clock=fixed_clock)
    structlog.get_logger().debug("details")
    assert [e["event"] for e in lines(stream)] == ["details"]
    with pytest.raises(ValueError, match="verbose"):
        configure_logging("api", stream=stream, level="verbose")


@pytest.mark.task(taskno=2)
def test_exceptions_are_rendered_as_text() -> None:
    stream = io.StringIO()
    configure_logging("api", stream=stream, clock=fixed_clock)
    try:
        1 / 0  # noqa: B018
    except ZeroDivisionError:
        structlog.get_logger().exception("crashed")
    event = lines(stream)[0]
    assert event["level"] == "error"
    assert "ZeroDivisionError" in event["exception"], "format_exc_info turns exc_info into text"


@pytest.mark.task(taskno=2)
def test_build_processors_ends_with_the_chosen_renderer() -> None:
    default = build_processors("api")
    assert isinstance(default[-1], structlog.processors.JSONRenderer), "JSON by default"
    assert default[0] is merge_contextvars, "context is merged first"
    plain = build_processors("api", json=False)
    assert isinstance(plain[-1], structlog.processors.KeyValueRenderer)


@pytest.mark.task(taskno=3)
def test_request_context_binds_and_unbinds() -> None:
    stream = io.StringIO()
    configure_logging("api", stream=stream, clock=fixed_clock)
    log = structlog.get_logger()
    with request_context("req-7", user="ana"):
        log.info("inside")
    log.info("outside")
    inside, outside = lines(stream)
    assert (inside["request_id"], inside["user"]) == ("req-7", "ana")
    assert "request_id" not in outside, "the context ends with the block"


@pytest.mark.task(taskno=3)
def test_nested_contexts_restore_the_outer_values_even_after_errors() -> None:
    with capture_logs(processors=[merge_contextvars]) as events:
        log = structlog.get_logger()
        with request_context("outer"):
            with pytest.raises(RuntimeError), request_context("inner", step=2):
                log.info("deep")
                raise RuntimeError("boom")
            log.info("back")
    got = [(e["event"], e["request_id"], e.get("step")) for e in events]
    assert got == [("deep", "inner", 2), ("back", "outer", None)], got


@pytest.mark.task(taskno=3)
def test_capture_logs_can_check_context_and_redaction_together() -> None:
    with (
        capture_logs(processors=[merge_contextvars, redact_secrets]) as events,
        request_context("req-9", api_key="sk_live"),
    ):
        structlog.get_logger().info("charged", amount=1999)
    assert events == [
        {
            "request_id": "req-9",
            "api_key": REDACTED,
            "event": "charged",
            "amount": 1999,
            "log_level": "info",
        }
    ], events


@pytest.mark.task(taskno=3)
def test_request_id_must_not_be_empty() -> None:
    with pytest.raises(ValueError), request_context(""):
        pass


@pytest.mark.task(taskno=1)
def test_default_clock_is_the_current_utc_time() -> None:
    event = timestamper()(None, "info", {})
    assert isinstance(event, dict)
    stamp = event["ts"]
    parsed = datetime.fromisoformat(stamp)
    assert stamp.endswith("Z"), f"UTC is written as Z, got {stamp}"
    assert parsed.year >= 2024, "the default clock reads the real time"
