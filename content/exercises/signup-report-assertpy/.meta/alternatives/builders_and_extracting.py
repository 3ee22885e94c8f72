"""Tests for signup_report.py: assertpy chains over Signup objects built in a fixture, one
test per rule, messages checked with ``starts_with``."""

from datetime import date

import pytest
from assertpy import assert_that

from signup_report import Signup, parse_signups, report


def line(email="a@b.example", country="NL", plan="free", day="2026-01-31"):
    return f"{email};{country};{plan};{day}"


@pytest.fixture
def mixed():
    return [
        Signup("a@b.example", "NL", "team", date(2026, 2, 1)),
        Signup("c@d.example", "BE", "free", date(2026, 1, 30)),
        Signup("e@f.example", "NL", "free", date(2026, 1, 31)),
    ]


def test_addresses_and_countries_are_normalised():
    (signup,) = parse_signups([line(email=" MIX@Case.Example ", country="nl")])
    assert_that(signup).has_email("mix@case.example").has_country("NL").has_plan("free")


def test_blank_lines_are_skipped():
    assert_that(parse_signups(["", line(), "   "])).is_length(1)


def test_counts_and_share(mixed):
    summary = report(mixed)
    assert_that(summary).contains_entry({"total": 3}, {"paid_share": 0.33})
    assert_that(summary["by_plan"]).contains_entry({"free": 2}, {"pro": 0}, {"team": 1})


def test_countries_are_distinct_and_sorted(mixed):
    assert_that(report(mixed)["countries"]).is_equal_to(["BE", "NL"]).is_sorted()


def test_days(mixed):
    summary = report(mixed)
    assert_that(summary["first_day"]).is_equal_to(date(2026, 1, 30))
    assert_that(summary["last_day"]).is_equal_to(date(2026, 2, 1))


def test_nothing_to_report():
    summary = report([])
    assert_that(summary).contains_entry({"paid_share": 0.0}, {"first_day": None})
    assert_that(summary["by_plan"].values()).contains_only(0)


@pytest.mark.parametrize(
    ("bad", "start"),
    [
        ("a@b.example;NL", "line 3: expected 4 fields"),
        (line(email="nobody"), "line 3: not an e-mail"),
        (line(plan="enterprise"), "line 3: unknown plan"),
        (line(day="2026-02-30"), "line 3: not a date"),
    ],
)
def test_errors_name_the_line(bad, start):
    assert_that(parse_signups).raises(ValueError).when_called_with([line(), "", bad]).starts_with(
        start
    )
