import os
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from faker import Faker
from seeded_fake_customers import fake_customers

JAN = date(2024, 1, 1)
DEC = date(2024, 12, 31)


def make(count: int = 20, seed: int = 7, **options: object) -> list[dict[str, object]]:
    arguments: dict[str, object] = {"signed_up_from": JAN, "signed_up_to": DEC, **options}
    return fake_customers(count, seed=seed, **arguments)  # type: ignore[arg-type, return-value]


@pytest.mark.task(taskno=1)
def test_customers_have_the_five_fields() -> None:
    customers = make(5)
    assert [c["id"] for c in customers] == [1, 2, 3, 4, 5]
    for customer in customers:
        assert set(customer) == {"id", "name", "email", "country", "signed_up"}
        assert isinstance(customer["name"], str) and customer["name"].strip()
        assert "@" in str(customer["email"])
        assert customer["country"] == "US", "en_US is the default locale"
        assert isinstance(customer["signed_up"], date)
        assert JAN <= customer["signed_up"] <= DEC


@pytest.mark.task(taskno=1)
def test_emails_are_unique_within_a_list() -> None:
    emails = [c["email"] for c in make(400)]
    assert len(set(emails)) == 400


@pytest.mark.task(taskno=1)
def test_the_locale_gives_the_country() -> None:
    assert {c["country"] for c in make(3, locale="de_DE")} == {"DE"}
    assert {c["country"] for c in make(3, locale="ja_JP")} == {"JP"}


@pytest.mark.task(taskno=1)
def test_a_one_day_range_and_zero_customers() -> None:
    day = date(2023, 7, 14)
    assert {c["signed_up"] for c in make(10, signed_up_from=day, signed_up_to=day)} == {day}
    assert make(0) == []


@pytest.mark.task(taskno=2)
def test_the_same_arguments_give_the_same_customers() -> None:
    assert make(30, seed=11) == make(30, seed=11), "called twice in one process"
    assert make(30, seed=11) != make(30, seed=12), "another seed, other customers"


@pytest.mark.task(taskno=1)
def test_every_day_of_a_short_range_comes_out_the_last_one_too() -> None:
    days = {c["signed_up"] for c in make(200, signed_up_from=JAN, signed_up_to=date(2024, 1, 3))}
    assert days == {JAN, date(2024, 1, 2), date(2024, 1, 3)}, "both ends are included"


@pytest.mark.task(taskno=2)
def test_two_processes_give_the_same_customers() -> None:
    program = (
        "from datetime import date; from seeded_fake_customers import fake_customers; "
        "print(fake_customers(8, seed=5, locale='fr_FR', signed_up_from=date(2024, 1, 1), "
        "signed_up_to=date(2024, 12, 31)))"
    )
    folder = str(Path(__file__).parent)
    outputs = [
        subprocess.run(
            [sys.executable, "-c", program], cwd=folder, capture_output=True, text=True,
            env={**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": folder}, check=True,
        ).stdout
        for hash_seed in ("1", "2")
    ]  # fmt: skip
    assert outputs[0] == outputs[1], "the same customers whatever the process's hash seed"


@pytest.mark.task(taskno=2)
def test_shared_randomness_is_left_alone() -> None:
    Faker.seed(2024)
    random.seed(2024)
    expected = ([Faker().pyint() for _ in range(5)], random.random())
    Faker.seed(2024)
    random.seed(2024)
    make(25)
    got = ([Faker().pyint() for _ in range(5)], random.random())
    assert got == expected, "fake_customers must not use or reseed shared generators"


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("count", [-1, True, 2.0, "3"])
def test_bad_counts(count: object) -> None:
    with pytest.raises(ValueError):
        make(count)  # type: ignore[arg-type]


@pytest.mark.task(taskno=3)
def test_a_reversed_range() -> None:
    with pytest.raises(ValueError):
        make(3, signed_up_from=DEC, signed_up_to=JAN)
