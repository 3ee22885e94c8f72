"""Careful chains, but every report is built from one fixture export in which each plan and
each country occurs, and the error test gives the bad line first.  A plan nobody chose, an
empty export and line numbers counted from zero are never tried: those bugs pass.

Edge cases need their own inputs: an export of one free sign-up, an empty one, a bad line
after a good one.  The visible tests alone catch none of these bugs.
"""

from datetime import date

import pytest
from assertpy import assert_that

from signup_report import parse_signups, report


@pytest.fixture
def summary():
    return report(
        parse_signups(
            [
                "Ann@Example.COM;de;pro;2026-03-02",
                "bo@example.org;FR;free;2026-03-01",
                "cy@example.net;de;team;2026-03-03",
            ]
        )
    )


def test_emails_are_lower_case():
    (signup,) = parse_signups(["Ann@Example.COM;de;pro;2026-03-02"])
    assert_that(signup.email).is_equal_to("ann@example.com").is_lower()


def test_counts(summary):
    assert_that(summary["by_plan"]).is_equal_to({"free": 1, "pro": 1, "team": 1})
    assert_that(summary).contains_entry({"total": 3})


def test_countries(summary):
    assert_that(summary["countries"]).is_equal_to(["DE", "FR"])


def test_paid_share(summary):
    assert_that(summary["paid_share"]).is_close_to(0.67, 0.001)


def test_days(summary):
    assert_that(summary).contains_entry(
        {"first_day": date(2026, 3, 1)}, {"last_day": date(2026, 3, 3)}
    )


def test_bad_line():
    assert_that(parse_signups).raises(ValueError).when_called_with(
        ["x@example.com;DE;gold;2026-03-02"]
    ).ends_with("unknown plan 'gold'")
