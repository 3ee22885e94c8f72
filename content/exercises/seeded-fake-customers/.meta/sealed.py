"""Sealed cases for seeded-fake-customers: many locales, seeds and sizes (up to a few
hundred, where e-mails would collide without ``unique``), one-day and long ranges; each
case observes the properties the instructions promise, never Faker's exact output (a
correct solution may call Faker in another order)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from faker import Faker

from pyhero.sealed import Case, gen

SOLUTION = "seeded_fake_customers"

LOCALES = ("en_US", "de_DE", "fr_FR", "ja_JP", "pt_BR", "en_GB", "es_ES", "it_IT", "pl_PL", "nl_NL")
KEYS = ["country", "email", "id", "name", "signed_up"]


def _shared_draws() -> list[Any]:
    return [[Faker().pyint() for _ in range(3)], random.random()]


def properties(solution, count, seed, locale, first_day, last_day):  # type: ignore[no-untyped-def]
    """What holds of the list: ids, keys, unique e-mails, the country, dates in range,
    the same list twice, another list for another seed, shared generators untouched."""

    def make(seed: int) -> list[Any]:
        return solution.fake_customers(
            count, seed=seed, locale=locale, signed_up_from=first_day, signed_up_to=last_day
        )

    Faker.seed(seed ^ 0x5EED)
    random.seed(seed)
    expected = _shared_draws()
    Faker.seed(seed ^ 0x5EED)
    random.seed(seed)
    first = make(seed)
    untouched = _shared_draws() == expected
    emails = [customer["email"] for customer in first]
    return {
        "length": len(first),
        "ids": [customer["id"] for customer in first] == list(range(1, count + 1)),
        "keys": all(sorted(customer) == KEYS for customer in first),
        "names": all(isinstance(c["name"], str) and c["name"].strip() for c in first),
        "emails unique": len(set(emails)) == len(emails),
        "emails with @": all(isinstance(email, str) and "@" in email for email in emails),
        "countries": sorted({customer["country"] for customer in first}),
        "dates in range": all(
            type(c["signed_up"]) is date and first_day <= c["signed_up"] <= last_day for c in first
        ),
        "same again": make(seed) == first,
        "other seed differs": make(seed + 1) != first if count >= 3 else None,
        "shared generators untouched": untouched,
    }


def every_day(solution, count, seed, locale, first_day, last_day):  # type: ignore[no-untyped-def]
    """The days a large list covers in a short range: with dates drawn uniformly among the
    days, all of them (the chance of missing one is below 1e-15 here)."""
    customers = solution.fake_customers(
        count, seed=seed, locale=locale, signed_up_from=first_day, signed_up_to=last_day
    )
    return sorted({customer["signed_up"] for customer in customers})


_IN_A_PROCESS = """
import sys
from datetime import date
sys.path.insert(0, sys.argv[1])
from seeded_fake_customers import fake_customers
first_day, last_day = date.fromisoformat(sys.argv[4]), date.fromisoformat(sys.argv[5])
customers = fake_customers(int(sys.argv[2]), seed=int(sys.argv[2]) * 7, locale=sys.argv[3],
                           signed_up_from=first_day, signed_up_to=last_day)
print(repr(customers))
"""


def two_processes(solution, count, locale, first_day, last_day):  # type: ignore[no-untyped-def]
    """The same arguments in two fresh processes with different hash seeds: the same list."""
    folder = str(Path(solution.__file__).parent)
    outputs = []
    for hash_seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", _IN_A_PROCESS, folder, str(count), locale,
             first_day.isoformat(), last_day.isoformat()],
            env={**os.environ, "PYTHONHASHSEED": hash_seed}, capture_output=True, text=True,
            timeout=60, check=False,
        )  # fmt: skip
        outputs.append((done.returncode, done.stdout))
    return {"status": [code for code, _ in outputs], "same": outputs[0] == outputs[1]}


def cases(rng: random.Random) -> Iterator[Case]:
    """About 40 cases (each builds three lists)."""
    for _ in range(34):
        count = rng.choice((0, 1, 2, 3, 5, 10, 40, 150, 300))
        first_day = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000))
        last_day = first_day + timedelta(days=rng.choice((0, 0, 1, 30, 365, 4000)))
        yield Case.probe(
            properties, count, rng.randint(0, 2**31), gen.pick(rng, LOCALES), first_day, last_day
        )
    for days in (1, 2, 3):
        first_day = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000))
        yield Case.probe(every_day, 60 * (days + 1), rng.randint(0, 2**31), gen.pick(rng, LOCALES),
                         first_day, first_day + timedelta(days=days))  # fmt: skip
    first_day = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000))
    yield Case.probe(two_processes, rng.randint(3, 12), gen.pick(rng, LOCALES), first_day,
                     first_day + timedelta(days=rng.randint(0, 400)))  # fmt: skip
    bad = "fake_customers: bad count or reversed range"
    day = date(2024, 3, 1)
    for count, first_day, last_day in (
        (-1, day, day),
        (True, day, day),
        (3.0, day, day),
        ("3", day, day),
        (None, day, day),
        (3, day, day - timedelta(days=1)),
    ):
        yield Case.probe(properties, count, 1, "en_US", first_day, last_day, group=bad)
