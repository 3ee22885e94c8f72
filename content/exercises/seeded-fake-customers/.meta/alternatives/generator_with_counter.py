"""A generator function and ``itertools.count``; the ``Faker`` is still one per call."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
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
    return list(itertools.islice(_customers(fake, signed_up_from, signed_up_to), count))


def _customers(fake: Faker, first_day: date, last_day: date) -> Iterator[Customer]:
    country = fake.current_country_code()
    for number in itertools.count(1):
        signed_up = date.fromordinal(fake.random_int(first_day.toordinal(), last_day.toordinal()))
        email = fake.unique.email()
        yield {
            "id": number,
            "name": fake.name(),
            "email": email,
            "country": country,
            "signed_up": signed_up,
        }
