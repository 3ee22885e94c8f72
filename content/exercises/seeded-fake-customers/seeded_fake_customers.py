"""Reproducible fake customers for a test database, from one seeded Faker instance."""

from __future__ import annotations

from datetime import date
from typing import TypedDict


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
    raise NotImplementedError("implement fake_customers")
