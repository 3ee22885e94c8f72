import operator

import pytest
from report_rules_engine import (
    OPERATORS,
    Owner,
    ServiceReport,
    evaluate,
    matching,
    sort_reports,
    sort_rows,
    worst_by,
)

ROWS = [
    {"service": "billing", "region": "eu", "p95": 210.0, "budget": 200.0, "errors": 3},
    {"service": "auth", "region": "us", "p95": 90.0, "budget": 150.0, "errors": 0},
    {"service": "search", "region": "eu", "p95": 180.0, "budget": 180.0, "errors": 12},
    {"service": "api", "region": "us", "p95": 90.0, "budget": 100.0, "errors": 7},
]

PAYMENTS = Owner("payments", "ana")
CORE = Owner("core", "bo")
REPORTS = [
    ServiceReport("billing", PAYMENTS, requests=1000, errors=30),
    ServiceReport("auth", CORE, requests=5000, errors=50),
    ServiceReport("ledger", PAYMENTS, requests=0, errors=0),
    ServiceReport("api", CORE, requests=200, errors=10),
]


def names(items: list[ServiceReport]) -> list[str]:
    return [item.name for item in items]


@pytest.mark.task(taskno=1)
def test_sort_rows_by_one_and_several_keys() -> None:
    by_region = [row["service"] for row in sort_rows(ROWS, ["region", "service"])]
    assert by_region == ["billing", "search", "api", "auth"], f"region then name, got {by_region}"
    by_p95 = [row["service"] for row in sort_rows(ROWS, ["p95"])]
    assert by_p95 == ["auth", "api", "search", "billing"], f"stable on ties, got {by_p95}"


@pytest.mark.task(taskno=1)
def test_sort_rows_errors() -> None:
    assert sort_rows([], ["p95"]) == [], "nothing to sort"
    with pytest.raises(ValueError):
        sort_rows(ROWS, [])
    with pytest.raises(KeyError):
        sort_rows(ROWS, ["latency"])


@pytest.mark.task(taskno=2)
def test_error_rate_handles_zero_requests() -> None:
    assert REPORTS[0].error_rate() == 0.03, "30 errors in 1000 requests"
    assert REPORTS[2].error_rate() == 0.0, "no requests means no error rate, not a crash"


@pytest.mark.task(taskno=2)
def test_reports_are_immutable_and_hashable() -> None:
    assert len(set(REPORTS + REPORTS)) == 4, "frozen dataclasses can live in a set"
    with pytest.raises(AttributeError):
        REPORTS[0].owner.team = "x"  # type: ignore[misc]


@pytest.mark.task(taskno=2)
def test_sort_reports_by_dotted_attributes() -> None:
    got = names(sort_reports(REPORTS, "owner.team", "requests"))
    assert got == ["api", "auth", "ledger", "billing"], f"team, then requests, got {got}"
    got = names(sort_reports(REPORTS, "requests", descending=True))
    assert got == ["auth", "billing", "api", "ledger"], f"busiest first, got {got}"


@pytest.mark.task(taskno=2)
def test_sort_reports_descending_keeps_ties_in_input_order() -> None:
    got = names(sort_reports(REPORTS, "owner.team", descending=True))
    assert got == ["billing", "ledger", "auth", "api"], (
        f"payments before core; inside a team the input order stays, got {got}"
    )


@pytest.mark.task(taskno=2)
def test_sort_reports_requires_an_attribute() -> None:
    with pytest.raises(ValueError):
        sort_reports(REPORTS)
    with pytest.raises(AttributeError):
        sort_reports(REPORTS, "owner.manager")


@pytest.mark.task(taskno=2)
def test_worst_by_calls_the_named_method() -> None:
    got = worst_by(REPORTS, "error_rate", 2)
    assert got == ["api", "billing"], f"5% then 3% error rate, got {got}"
    assert worst_by(REPORTS, "error_rate", 0) == [], "count 0 gives nothing"
    assert len(worst_by(REPORTS, "error_rate", 10)) == 4, "count above the size gives all"


@pytest.mark.task(taskno=3)
def test_operator_table_uses_the_operator_module() -> None:
    want = {
        "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
        "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
        "==": operator.eq, "!=": operator.ne,
    }  # fmt: skip
    assert want == OPERATORS, "each symbol maps to its operator function"


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize(
    ("rule", "want"),
    [
        ("p95 > budget", True),
        ("p95 >= 210", True),
        ("p95 < 210", False),
        ("p95 <= 210", True),
        ("errors == 3", True),
        ("errors != 3", False),
        ("p95 - budget", 10.0),
        ("errors * 2", 6.0),
        ("budget / 8", 25.0),
        ("1 + errors", 4.0),
    ],
)
def test_evaluate_rules_against_one_row(rule: str, want: object) -> None:
    got = evaluate(rule, ROWS[0])
    assert got == want, f"{rule!r} on billing should be {want!r}, got {got!r}"


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("p95 >", "must look like"),
        ("p95 > 1 2", "must look like"),
        ("", "must look like"),
        ("p95 => 3", "unknown operator"),
        ("p95 ** 2", "unknown operator"),
        ("latency > 3", "unknown field"),
        ("p95 > limit", "unknown field"),
    ],
)
def test_evaluate_rejects_malformed_rules(rule: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        evaluate(rule, ROWS[0])


@pytest.mark.task(taskno=3)
def test_evaluate_lets_division_by_zero_surface() -> None:
    with pytest.raises(ZeroDivisionError):
        evaluate("p95 / errors", ROWS[1])


@pytest.mark.task(taskno=3)
def test_matching_filters_rows() -> None:
    got = [row["service"] for row in matching(ROWS, "p95 >= budget")]
    assert got == ["billing", "search"], f"at or over budget, got {got}"
    assert matching(ROWS, "errors > 100") == [], "no row has that many errors"
    got = [row["service"] for row in matching(ROWS, "errors - 3")]
    assert got == ["auth", "search", "api"], f"non-zero results are truthy, got {got}"
