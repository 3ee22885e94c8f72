import logging
import sys
from collections.abc import Callable, Iterator

import pytest

from deprecation_call_sites import CallSite, CallSiteReport, caller, deprecated

THIS_FILE = "deprecation_call_sites_test.py"


LoadOrders = Callable[..., list[str]]


@pytest.fixture(name="load_orders")
def deprecated_load_orders() -> LoadOrders:
    """The old API, decorated when a test asks for it (not when the file is imported)."""

    def load_orders(customer: str, *, limit: int = 10) -> list[str]:
        """Return a customer's orders (old API)."""
        return [f"{customer}-{number}" for number in range(1, limit + 1)]

    return deprecated("fetch_orders")(load_orders)


class Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def records() -> Iterator[list[logging.LogRecord]]:
    handler = Keep()
    logging.getLogger("deprecations").addHandler(handler)
    yield handler.records
    logging.getLogger("deprecations").removeHandler(handler)


def inner(depth: int) -> CallSite:
    return caller(depth)


def middle(depth: int) -> CallSite:
    return inner(depth)


def outer(depth: int) -> CallSite:
    return middle(depth)


@pytest.mark.task(taskno=1)
def test_a_call_logs_a_warning_and_returns_the_result(
    records: list[logging.LogRecord], load_orders: LoadOrders
) -> None:
    assert load_orders("acme", limit=2) == ["acme-1", "acme-2"]
    assert len(records) == 1, "one warning per call"
    record = records[0]
    assert record.levelno == logging.WARNING
    assert record.getMessage() == "load_orders() is deprecated; use fetch_orders() instead"
    assert (record.deprecated, record.replacement) == ("load_orders", "fetch_orders")  # type: ignore[attr-defined]


@pytest.mark.task(taskno=1)
def test_the_warning_points_at_the_line_that_called(
    records: list[logging.LogRecord], load_orders: LoadOrders
) -> None:
    line, _ = sys._getframe().f_lineno, load_orders("acme")
    record = records[0]
    where = (record.funcName, record.filename, record.lineno)
    assert where == ("test_the_warning_points_at_the_line_that_called", THIS_FILE, line), (
        f"the record must name the caller's function, file and line, got {where}: "
        "logger.warning(..., stacklevel=2)"
    )


@pytest.mark.task(taskno=1)
def test_every_call_warns_and_the_name_and_docstring_stay(
    records: list[logging.LogRecord], load_orders: LoadOrders
) -> None:
    for _ in range(3):
        load_orders("acme")
    assert len(records) == 3
    assert load_orders.__name__ == "load_orders"
    assert load_orders.__doc__ == "Return a customer's orders (old API)."


@pytest.mark.task(taskno=2)
def test_caller_names_the_calling_function_and_line() -> None:
    got = outer(1)
    assert got == CallSite("middle", THIS_FILE, middle.__code__.co_firstlineno + 1), (
        f"inner() asked who called it: middle(), on the line after its def, got {got}"
    )
    assert outer(2) == CallSite("outer", THIS_FILE, outer.__code__.co_firstlineno + 1)


@pytest.mark.task(taskno=2)
def test_caller_depth_must_be_positive() -> None:
    with pytest.raises(ValueError, match="depth"):
        caller(0)


@pytest.mark.task(taskno=3)
def test_the_report_counts_calls_per_site(load_orders: LoadOrders) -> None:
    report = CallSiteReport()
    log = logging.getLogger("deprecations")
    log.addHandler(report)
    try:
        first = sys._getframe().f_lineno + 2
        for _ in range(2):
            load_orders("a")
        second = sys._getframe().f_lineno + 1
        load_orders("b")
        log.warning("an unrelated warning")
    finally:
        log.removeHandler(report)
    function = "test_the_report_counts_calls_per_site"
    assert report.sites() == [
        ("load_orders", THIS_FILE, first, function, 2),
        ("load_orders", THIS_FILE, second, function, 1),
    ], f"got {report.sites()}"
    assert report.sites()[0].calls == 2
    assert report.render() == (
        f"{THIS_FILE}:{first} {function}: load_orders() x2\n"
        f"{THIS_FILE}:{second} {function}: load_orders() x1"
    )


@pytest.mark.task(taskno=3)
def test_an_empty_report() -> None:
    report = CallSiteReport()
    assert report.sites() == []
    assert report.render() == ""
