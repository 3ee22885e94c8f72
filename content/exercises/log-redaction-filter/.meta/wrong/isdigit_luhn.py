"""Checks the input with ``str.isdigit()`` alone.

``isdigit`` is true for ``²`` (``int()`` then raises ``ValueError``) and for Arabic-Indic
digits (checked as if they were ASCII). The visible non-digit inputs are ASCII.
"""

import re
from collections.abc import Callable

SECRET_FIELD = re.compile(
    r"""\b(?P<key>password|passwd|secret|api[_-]?key|token)(?P<sep>\s*[=:]\s*)"""
    r"""(?P<value>"[^"]*"|'[^']*'|[^\s,;&]+)""",
    re.IGNORECASE,
)
BEARER = re.compile(r"\bBearer\s+[A-Za-z0-9._~+/-]+=*", re.IGNORECASE)
CARD = re.compile(r"(?<![0-9-])[0-9](?:[ -]?[0-9]){12,18}(?![0-9-])")
EMAIL = re.compile(
    r"\b(?P<local>[A-Za-z0-9._%+-]+)@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\b"
)


def luhn_valid(digits: str) -> bool:
    """True when a string of digits passes the Luhn checksum."""
    if not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += sum(divmod(value, 10))
    return total % 10 == 0


def _secret(match: re.Match[str]) -> str:
    return f"{match['key']}{match['sep']}[REDACTED]"


def _bearer(match: re.Match[str]) -> str:
    return "Bearer [REDACTED]"


def _card(match: re.Match[str]) -> str:
    digits = re.sub(r"[ -]", "", match[0])
    return f"[CARD ****{digits[-4:]}]" if luhn_valid(digits) else match[0]


def _email(match: re.Match[str]) -> str:
    return f"{match['local'][0]}***@{match['domain']}"


_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (SECRET_FIELD, _secret),
    (BEARER, _bearer),
    (CARD, _card),
    (EMAIL, _email),
)


def redact_with_count(text: str) -> tuple[str, int]:
    """Redact ``text`` and return it with the number of values actually replaced."""
    replaced = 0
    for pattern, replace in _RULES:

        def counting(
            match: re.Match[str], replace: Callable[[re.Match[str]], str] = replace
        ) -> str:
            nonlocal replaced
            new = replace(match)
            replaced += new != match[0]
            return new

        text = pattern.sub(counting, text)
    return text, replaced


def redact(text: str) -> str:
    """Redact secrets, bearer tokens, valid card numbers and e-mail addresses."""
    return redact_with_count(text)[0]
