"""Keeps one module-level ``Faker`` per locale and re-seeds it on each call.

``seed_instance`` resets its random generator but not its ``unique`` memory: the second
call with the same seed skips every e-mail the first returned, so the lists differ. The
visible tests catch it (the same arguments twice).
"""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from faker import Faker

__all__ = ["Customer", "fake_customers"]

_FAKERS: dict[str, Faker] = {}


class Customer(TypedDict):
    id: int
    name: str
    email: str
    country: str
    signed_up: date


def fake_customers(
    count: int,
    *,
    seed: int,
    locale: str = "en_US",
    signed_up_from: date,
    signed_up_to: date,
) -> list[Customer]:
    """``count`` customers; the same arguments always give the same list."""
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise ValueError(f"count must be a non-negative int, not {count!r}")
    if signed_up_from > signed_up_to:
        raise ValueError(f"{signed_up_from} is after {signed_up_to}")
    fake = _FAKERS.setdefault(locale, Faker(locale))
    fake.seed_instance(seed)
    country = fake.current_country_code()
    return [
        Customer(
            id=number,
            name=fake.name(),
            email=fake.unique.email(),
            country=country,
            signed_up=fake.date_between(start_date=signed_up_from, end_date=signed_up_to),
        )
        for number in range(1, count + 1)
    ]
