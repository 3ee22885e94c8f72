"""assertpy everywhere, but each chain checks that something is there rather than what it
is: ``is_not_empty()``, ``contains_key("by_plan")``, ``is_instance_of(float)``, a
``raises(ValueError)`` without looking at the message.  Capitalised e-mails, repeated
countries, a missing plan, an unpaid team plan and wrong line numbers all pass.

A fluent chain is only as strong as its last link: end it with the value you expect
(``is_equal_to``, ``contains_only``, ``contains_entry``, the message after
``when_called_with``).  The visible tests alone catch none of these bugs.
"""

from assertpy import assert_that

from signup_report import parse_signups, report

EXPORT = [
    "Ann@Example.COM;de;pro;2026-03-02",
    "bo@example.org;FR;free;2026-03-01",
    "cy@example.net;de;team;2026-03-03",
]


def test_parsing():
    assert_that(parse_signups(EXPORT)).is_not_empty().is_length(3)


def test_emails():
    assert_that(parse_signups(EXPORT)).extracting("email").contains("bo@example.org")


def test_report_keys():
    assert_that(report(parse_signups(EXPORT))).contains_key(
        "total", "by_plan", "countries", "paid_share"
    )


def test_countries():
    assert_that(report(parse_signups(EXPORT))["countries"]).contains("DE", "FR")


def test_paid_share():
    assert_that(report(parse_signups(EXPORT))["paid_share"]).is_instance_of(float).is_positive()


def test_empty():
    assert_that(report([])).contains_entry({"total": 0})


def test_bad_line():
    assert_that(parse_signups).raises(ValueError).when_called_with(["x@example.com;DE"])
