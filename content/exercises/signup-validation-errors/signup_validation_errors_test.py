import pytest
from signup_validation_errors import check_age, check_password, check_username, validate_signup


@pytest.mark.task(taskno=1)
def test_check_username_returns_the_stripped_name() -> None:
    assert check_username("  ana_b ") == "ana_b", "whitespace around the name is removed"
    assert check_username("Bob") == "Bob", "3 characters are enough"


@pytest.mark.task(taskno=1)
def test_check_username_length() -> None:
    for name in ["ab", "   ab   ", "a" * 21, ""]:
        with pytest.raises(ValueError) as caught:
            check_username(name)
        assert str(caught.value) == "username must be 3 to 20 characters long", (
            f"{name!r} has the wrong length; the message was {str(caught.value)!r}"
        )


@pytest.mark.task(taskno=1)
def test_check_username_characters() -> None:
    for name in ["ana b", "josé", "ana-b", "ab!"]:
        with pytest.raises(ValueError) as caught:
            check_username(name)
        assert str(caught.value) == "username may only use letters, digits and _", (
            f"{name!r} has a forbidden character; the message was {str(caught.value)!r}"
        )


@pytest.mark.task(taskno=2)
def test_check_age() -> None:
    assert check_age("13") == 13, "13 is allowed"
    assert check_age(" 120 ") == 120, "120 is allowed, and int() ignores the spaces"
    with pytest.raises(ValueError) as caught:
        check_age("twelve")
    assert str(caught.value) == "age must be a whole number, got 'twelve'", (
        f"your own message, not int()'s: got {str(caught.value)!r}"
    )
    assert caught.value.__suppress_context__, "raise it `from None` inside the except block"


@pytest.mark.task(taskno=2)
def test_check_age_range() -> None:
    for text in ["12", "121", "-5"]:
        with pytest.raises(ValueError, match=r"^age must be between 13 and 120$"):
            check_age(text)


@pytest.mark.task(taskno=3)
def test_check_password() -> None:
    assert check_password("correct horse", "ana_b") is None, "a good password passes silently"
    with pytest.raises(ValueError, match=r"^password must be at least 8 characters long$"):
        check_password("short", "ana_b")
    with pytest.raises(ValueError, match=r"^password must not contain the username$"):
        check_password("my-ANA_B-pass", "ana_b")


@pytest.mark.task(taskno=4)
def test_validate_signup_of_a_valid_form() -> None:
    form = {"username": "ana_b", "age": "34", "password": "correct horse"}
    assert validate_signup(form) == [], "nothing to complain about"


@pytest.mark.task(taskno=4)
def test_validate_signup_collects_every_problem() -> None:
    got = validate_signup({"username": "ana_b", "age": "twelve", "password": "Ana_b123"})
    assert got == ["age must be a whole number, got 'twelve'",
                   "password must not contain the username"], f"got {got}"  # fmt: skip
    got = validate_signup({"username": "x", "password": "abc"})
    assert got == ["username must be 3 to 20 characters long", "age is required",
                   "password must be at least 8 characters long"], f"got {got}"  # fmt: skip
