"""Tests for signup_report.py, with assertpy's fluent assertions."""

from datetime import date

import pytest
from assertpy import assert_that, soft_assertions

from signup_report import Signup, parse_signups, report

EXPORT = [
    "Ann@Example.COM; de; pro; 2026-03-02",
    "",
    "bo@example.org;FR;free;2026-03-01",
    "cy@example.net;de;team;2026-03-03",
    "di@example.com;PL;free;2026-03-02",
]


@pytest.fixture
def signups():
    return parse_signups(EXPORT)


def test_lines_become_normalised_signups(signups):
    assert_that(signups).is_length(4).extracting("email").contains_only(
        "ann@example.com", "bo@example.org", "cy@example.net", "di@example.com"
    )
    assert_that(signups[0]).is_equal_to(Signup("ann@example.com", "DE", "pro", date(2026, 3, 2)))
    assert_that(signups).extracting("country").is_equal_to(["DE", "FR", "DE", "PL"])


def test_the_report(signups):
    summary = report(signups)
    with soft_assertions():
        assert_that(summary).contains_entry({"total": 4})
        assert_that(summary["by_plan"]).is_equal_to({"free": 2, "pro": 1, "team": 1})
        assert_that(summary["countries"]).is_equal_to(["DE", "FR", "PL"])
        assert_that(summary["paid_share"]).is_equal_to(0.5)
        assert_that(summary).contains_entry({"first_day": date(2026, 3, 1)}).contains_entry(
            {"last_day": date(2026, 3, 3)}
        )


def test_every_plan_is_counted_even_when_unused():
    summary = report(parse_signups(["ed@example.com;NL;free;2026-03-04"]))
    assert_that(summary["by_plan"]).contains_only("free", "pro", "team").contains_entry({"pro": 0})
    assert_that(summary["paid_share"]).is_zero()


def test_team_is_a_paid_plan():
    summary = report(parse_signups(["fe@example.com;NL;team;2026-03-04"] * 2))
    assert_that(summary["paid_share"]).is_equal_to(1.0)
    assert_that(summary["countries"]).is_length(1).contains_only("NL")


def test_an_empty_export():
    assert_that(report([])).is_equal_to(
        {
            "total": 0,
            "by_plan": {"free": 0, "pro": 0, "team": 0},
            "countries": [],
            "paid_share": 0.0,
            "first_day": None,
            "last_day": None,
        }
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("ann@example.com;DE;pro", "expected 4 fields, got 3"),
        ("ann.example.com;DE;pro;2026-03-02", "not an e-mail address: 'ann.example.com'"),
        ("ann@example.com;DE;gold;2026-03-02", "unknown plan 'gold'"),
        ("ann@example.com;DE;pro;02/03/2026", "not a date: '02/03/2026'"),
    ],
)
def test_a_bad_line_is_named(line, message):
    assert_that(parse_signups).raises(ValueError).when_called_with(
        ["bo@example.org;FR;free;2026-03-01", line]
    ).is_equal_to(f"line 2: {message}")
