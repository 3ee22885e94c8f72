"""Sign-up report: parse the day's sign-up export and summarise it for the growth team."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

__all__ = ["PLANS", "Signup", "parse_signups", "report"]

PLANS = ("free", "pro", "team")
PAID = frozenset({"pro", "team"})


@dataclass(frozen=True)
class Signup:
    """One new account: who, from where, on which plan, and when."""

    email: str
    country: str
    plan: str
    day: date


def parse_signups(lines: Iterable[str]) -> list[Signup]:
    """Read ``email;country;plan;YYYY-MM-DD`` lines; blank lines are skipped."""
    signups = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        fields = [field.strip() for field in line.split(";")]
        if len(fields) != 4:
            raise ValueError(f"line {number}: expected 4 fields, got {len(fields)}")
        email, country, plan, day = fields
        if "@" not in email:
            raise ValueError(f"line {number}: not an e-mail address: {email!r}")
        if plan not in PLANS:
            raise ValueError(f"line {number}: unknown plan {plan!r}")
        try:
            parsed = date.fromisoformat(day)
        except ValueError:
            raise ValueError(f"line {number}: not a date: {day!r}") from None
        signups.append(Signup(email.lower(), country.upper(), plan, parsed))
    return signups


def report(signups: list[Signup]) -> dict[str, Any]:
    """The summary: counts per plan, countries, the share of paid plans and the days seen."""
    plans = Counter(signup.plan for signup in signups)
    paid = sum(plans[plan] for plan in PAID)
    days = [signup.day for signup in signups]
    return {
        "total": len(signups),
        "by_plan": {plan: plans[plan] for plan in PLANS},
        "countries": sorted({signup.country for signup in signups}),
        "paid_share": round(paid / len(signups), 2) if signups else 0.0,
        "first_day": min(days, default=None),
        "last_day": max(days, default=None),
    }
