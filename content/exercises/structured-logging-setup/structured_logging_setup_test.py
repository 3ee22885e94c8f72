import io
import logging
import sys

import pytest

from structured_logging_setup import (
    KeyValueFormatter,
    RequestIdFilter,
    configure_logging,
    format_value,
)

T0 = 1_709_294_400.25  # 2024-03-01T12:00:00.250Z


def record(msg: str = "hello", **extra: object) -> logging.LogRecord:
    rec = logging.makeLogRecord(
        {"name": "app.db", "levelno": 20, "levelname": "INFO", "msg": msg, "created": T0}
    )
    rec.__dict__.update(extra)
    return rec


def lines(stream: io.StringIO) -> list[str]:
    return stream.getvalue().splitlines()


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("ana", "ana"),
        (42, "42"),
        ("a-b_c.d:e/f@g+h", "a-b_c.d:e/f@g+h"),
        ("two words", '"two words"'),
        ("", '""'),
        ('say "hi"', '"say \\"hi\\""'),
        ("a=b", '"a=b"'),
        ("back\\slash", '"back\\\\slash"'),
        ("line\nbreak", '"line\\nbreak"'),
        ("café", '"café"'),
        ("tab\there\r", '"tab\there\r"'),
        ('both \\"', '"both \\\\\\""'),
    ],
)
def test_format_value_quotes_only_when_needed(value: object, want: str) -> None:
    got = format_value(value)
    assert got == want, f"{value!r} should render as {want}, got {got}"


@pytest.mark.task(taskno=2)
def test_formatter_emits_the_fixed_keys_in_order() -> None:
    got = KeyValueFormatter().format(record("user logged in", request_id="r-1"))
    want = (
        'time=2024-03-01T12:00:00.250Z level=INFO logger=app.db request_id=r-1 msg="user logged in"'
    )
    assert got == want, f"got {got}"


@pytest.mark.task(taskno=2)
def test_formatter_appends_sorted_fields_and_interpolates_args() -> None:
    rec = record("paid %s cents", fields={"user": "ana", "amount": 500, "note": "x y"})
    rec.args = (500,)
    got = KeyValueFormatter().format(rec)
    assert got.endswith('msg="paid 500 cents" amount=500 note="x y" user=ana'), got
    assert "request_id=-" in got, "records that never met the filter show request_id=-"


@pytest.mark.task(taskno=2)
def test_fields_are_sorted_by_code_point_capitals_first() -> None:
    rec = record("m", fields={"user": 1, "Zone": "x", "_id": 2, "B": 3})
    got = KeyValueFormatter().format(rec)
    assert got.endswith("msg=m B=3 Zone=x _id=2 user=1"), f"sorted() order of the keys: {got}"


@pytest.mark.task(taskno=2)
def test_every_value_is_formatted_the_level_and_logger_too() -> None:
    rec = record("m")
    rec.levelname, rec.name = "Level 25", "app.café"  # an unnamed level, a unicode logger
    got = KeyValueFormatter().format(rec)
    assert ' level="Level 25" logger="app.café" ' in got, got


@pytest.mark.task(taskno=2)
def test_formatter_names_the_exception_type() -> None:
    try:
        raise KeyError("k")
    except KeyError:
        rec = logging.makeLogRecord({"name": "app", "levelname": "ERROR", "msg": "boom"})
        rec.exc_info = sys.exc_info()
        rec.created = T0
    got = KeyValueFormatter().format(rec)
    assert got.endswith("msg=boom exc_type=KeyError"), f"got {got}"
    assert "\n" not in got, "one record, one line: no traceback in key=value output"


@pytest.mark.task(taskno=3)
def test_filter_stamps_the_current_request_id_and_never_drops() -> None:
    current: list[str | None] = ["req-7"]
    flt = RequestIdFilter(lambda: current[0])
    rec = record()
    assert flt.filter(rec) is True
    assert rec.request_id == "req-7"  # type: ignore[attr-defined]
    current[0] = None
    flt.filter(rec)
    assert rec.request_id == "-", "no request in progress gives '-'"  # type: ignore[attr-defined]
    current[0] = ""
    flt.filter(rec)
    assert rec.request_id == "-", "an empty id counts as none"  # type: ignore[attr-defined]


@pytest.mark.task(taskno=4)
def test_configured_logger_writes_key_value_lines_with_request_ids() -> None:
    out = io.StringIO()
    log = configure_logging(out, base="svc1", request_id=lambda: "abc")
    log.getChild("db").info("query took %d ms", 12, extra={"fields": {"rows": 3}})
    (line,) = lines(out)
    assert " level=INFO logger=svc1.db request_id=abc " in line, line
    assert line.endswith('msg="query took 12 ms" rows=3'), line


@pytest.mark.task(taskno=4)
def test_default_level_is_info_and_children_can_be_tuned() -> None:
    out = io.StringIO()
    log = configure_logging(out, base="svc2", levels={"svc2.db": "warning", "svc2.http": "DEBUG"})
    log.debug("hidden")
    log.info("shown")
    logging.getLogger("svc2.db").info("hidden too")
    logging.getLogger("svc2.db").warning("db slow")
    logging.getLogger("svc2.http").debug("headers")
    msgs = [line.split(" msg=")[1] for line in lines(out)]
    assert msgs == ["shown", '"db slow"', "headers"], f"got {msgs}"


@pytest.mark.task(taskno=4)
def test_base_logger_does_not_propagate_to_root(caplog: pytest.LogCaptureFixture) -> None:
    out = io.StringIO()
    log = configure_logging(out, base="svc3")
    with caplog.at_level(logging.DEBUG):
        log.warning("only ours")
    assert caplog.records == [], "records must not reach the root logger's handlers"
    assert len(lines(out)) == 1


@pytest.mark.task(taskno=4)
def test_configuring_twice_does_not_duplicate_output() -> None:
    first, second = io.StringIO(), io.StringIO()
    configure_logging(first, base="svc4")
    log = configure_logging(second, base="svc4")
    log.info("once")
    assert first.getvalue() == "", "the old handler was removed"
    assert len(lines(second)) == 1, f"got {lines(second)}"


@pytest.mark.task(taskno=4)
def test_bad_level_configuration_is_rejected() -> None:
    with pytest.raises(ValueError, match="verbose"):
        configure_logging(io.StringIO(), base="svc5", levels={"svc5.db": "verbose"})
    with pytest.raises(ValueError, match="other"):
        configure_logging(io.StringIO(), base="svc5", levels={"other.db": "INFO"})
    with pytest.raises(ValueError, match="svc5x"):
        configure_logging(io.StringIO(), base="svc5", levels={"svc5x": "INFO"})


@pytest.mark.task(taskno=4)
def test_levels_may_target_the_base_logger_itself() -> None:
    out = io.StringIO()
    log = configure_logging(out, base="svc6", levels={"svc6": "ERROR"})
    log.warning("hidden")
    log.error("shown")
    assert [line.split(" msg=")[1] for line in lines(out)] == ["shown"]


@pytest.mark.task(taskno=2)
def test_milliseconds_are_truncated_not_rounded() -> None:
    rec = record()
    rec.created = 1_709_294_400.999
    got = KeyValueFormatter().format(rec)
    assert got.startswith("time=2024-03-01T12:00:00.999Z "), f"got {got}"


@pytest.mark.task(taskno=2)
def test_empty_exception_info_adds_no_exc_type() -> None:
    rec = record("no error here")
    rec.exc_info = (None, None, None)
    got = KeyValueFormatter().format(rec)
    assert got.endswith('msg="no error here"'), f"exc_info=True outside except: {got}"
