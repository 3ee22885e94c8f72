"""Tests for signup_report.py: write yours here, with assertpy (see the instructions)."""

from assertpy import assert_that

from signup_report import parse_signups


def test_a_line_is_read():
    signups = parse_signups(["bo@example.org;FR;free;2026-03-01"])
    assert_that(signups).is_length(1)
