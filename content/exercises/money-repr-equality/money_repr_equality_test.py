import pytest
from money_repr_equality import Money


@pytest.mark.task(taskno=1)
def test_money_stores_cents_and_currency() -> None:
    price = Money(1250)
    assert (price.cents, price.currency) == (1250, "EUR"), "EUR is the default currency"
    fee = Money(-5, "USD")
    assert (fee.cents, fee.currency) == (-5, "USD"), "both attributes as given"


@pytest.mark.task(taskno=2)
def test_repr_shows_how_to_build_the_object() -> None:
    got = repr(Money(1250))
    assert got == "Money(1250, 'EUR')", f"the currency in quotes, got {got!r}"
    assert repr(Money(-5, "USD")) == "Money(-5, 'USD')", "negative cents as they are"


@pytest.mark.task(taskno=2)
def test_str_shows_the_amount_with_two_digits_of_cents() -> None:
    got = str(Money(1250))
    assert got == "12.50 EUR", f"got {got!r}"
    assert f"Total: {Money(705, 'CHF')}" == "Total: 7.05 CHF", "f-strings use __str__"
    assert str(Money(0)) == "0.00 EUR", "zero is written 0.00"


@pytest.mark.task(taskno=2)
def test_str_of_negative_amounts() -> None:
    got = str(Money(-5, "USD"))
    assert got == "-0.05 USD", f"five cents owed is -0.05, got {got!r}"
    got = str(Money(-1250))
    assert got == "-12.50 EUR", f"got {got!r}"


@pytest.mark.task(taskno=3)
def test_equal_amounts_are_equal() -> None:
    assert Money(1250) == Money(1250, "EUR"), "same cents, same currency: equal"
    assert (Money(1250) != Money(1250)) is False, "!= is the opposite of =="


@pytest.mark.task(taskno=3)
def test_different_amounts_or_currencies_differ() -> None:
    assert Money(1250) != Money(1251), "different cents"
    assert Money(1250) != Money(1250, "USD"), "12.50 EUR is not 12.50 USD"


@pytest.mark.task(taskno=3)
def test_money_is_never_equal_to_other_types() -> None:
    assert Money(0) != 0, "a Money is not a number"
    assert Money(1250) != "12.50 EUR", "nor a string"
    assert Money(1250).__eq__(1250) is NotImplemented, "__eq__ returns NotImplemented for them"


@pytest.mark.task(taskno=4)
def test_plus_and_times_return_new_money() -> None:
    coffee, cake = Money(350), Money(425)
    assert coffee.plus(cake) == Money(775), "3.50 + 4.25 = 7.75"
    assert coffee.times(3) == Money(1050), "3 x 3.50 = 10.50"
    assert coffee == Money(350), f"coffee itself must not change, it is now {coffee!r}"
    assert cake == Money(425), f"cake must not change, it is now {cake!r}"


@pytest.mark.task(taskno=4)
def test_plus_and_times_keep_the_currency() -> None:
    got = Money(100, "JPY").times(0)
    assert got == Money(0, "JPY"), f"got {got!r}"
    got = Money(-100, "USD").plus(Money(30, "USD"))
    assert got == Money(-70, "USD"), f"got {got!r}"
