"""Redact secrets, bearer tokens, card numbers and e-mail addresses from log text."""

import re

SECRET_FIELD: re.Pattern[str] = re.compile(r"write me")
BEARER: re.Pattern[str] = re.compile(r"write me")
CARD: re.Pattern[str] = re.compile(r"write me")
EMAIL: re.Pattern[str] = re.compile(r"write me")


def luhn_valid(digits: str) -> bool:
    """True when a string of digits passes the Luhn checksum."""
    raise NotImplementedError("luhn_valid")


def redact_with_count(text: str) -> tuple[str, int]:
    """Redact ``text`` and return it with the number of values actually replaced."""
    raise NotImplementedError("redact_with_count")


def redact(text: str) -> str:
    """Redact secrets, bearer tokens, valid card numbers and e-mail addresses."""
    raise NotImplementedError("redact")
