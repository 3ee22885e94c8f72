"""A sharp suite that catches every hidden bug, written with plain ``assert`` statements:
the exercise asks for assertpy, and the requirement line "a test using assertpy" fails.

pytest's ``assert`` is fine in general; this exercise is about the fluent style:
``assert_that(summary["by_plan"]).contains_entry({"pro": 0})``.
"""

from datetime import date

import pytest

from signup_report import Signup, parse_signups, report

EXPORT = [
    "Ann@Example.COM; de; pro; 2026-03-02",
    "bo@example.org;FR;free;2026-03-01",
    "cy@example.net;de;team;2026-03-03",
]


def test_parsing():
    assert parse_signups(EXPORT)[0] == Signup("ann@example.com", "DE", "pro", date(2026, 3, 2))


def test_report():
    assert report(parse_signups(EXPORT)) == {
        "total": 3,
        "by_plan": {"free": 1, "pro": 1, "team": 1},
        "countries": ["DE", "FR"],
        "paid_share": 0.67,
        "first_day": date(2026, 3, 1),
        "last_day": date(2026, 3, 3),
    }


def test_unused_plans():
    assert report(parse_signups(EXPORT[1:2]))["by_plan"] == {"free": 1, "pro": 0, "team": 0}


def test_empty():
    assert report([])["paid_share"] == 0.0


def test_line_numbers():
    with pytest.raises(ValueError, match="^line 2: unknown plan 'gold'$"):
        parse_signups([EXPORT[0], "x@example.com;DE;gold;2026-03-02"])
