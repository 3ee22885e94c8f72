import random
from datetime import date

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
