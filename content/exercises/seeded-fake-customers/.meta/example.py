"""Reproducible fake customers for a test database, from one seeded Faker instance."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TypedDict

from faker import Faker

__all__ = ["Customer", "fake_customers"]


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
    fake = Faker(locale)
    fake.seed_instance(seed)
    country = fake.current_country_code()
    days = (signed_up_to - signed_up_from).days
    return [
        Customer(
            id=number,
            name=fake.name(),
            email=fake.unique.email(),
            country=country,
            signed_up=signed_up_from + timedelta(days=fake.random_int(0, days)),
        )
        for number in range(1, count + 1)
    ]
