"""Checks of a sign-up form that raise ValueError with messages users can act on."""

import string
from collections.abc import Callable

USERNAME_CHARACTERS = set(string.ascii_letters + string.digits + "_")


def check_username(name: str) -> str:
    """The stripped name; ValueError when it is too short, too long or has other characters."""
    name = name.strip()
    if not 3 <= len(name) <= 20:
        raise ValueError("username must be 3 to 20 characters long")
    if any(character not in USERNAME_CHARACTERS for character in name):
        raise ValueError("username may only use letters, digits and _")
    return name


def check_age(text: str) -> int:
    """The age as an int; ValueError when it is not a whole number from 13 to 120."""
    try:
        age = int(text)
    except ValueError:
        raise ValueError(f"age must be a whole number, got {text!r}") from None
    if not 13 <= age <= 120:
        raise ValueError("age must be between 13 and 120")
    return age


def check_password(password: str, username: str) -> None:
    """ValueError when the password is shorter than 8 or contains the username."""
    if len(password) < 8:
        raise ValueError("password must be at least 8 characters long")
    if username and username.lower() in password.lower():
        raise ValueError("password must not contain the username")


def validate_signup(form: dict[str, str]) -> list[str]:
    """Every problem of the form, in field order; ``[]`` when it is valid."""
    problems: list[str] = []
    username = form.get("username", "").strip()
    checks: dict[str, Callable[[str], object]] = {
        "username": check_username,
        "age": check_age,
        "password": lambda password: check_password(password, username),
    }
    for field, check in checks.items():
        if field not in form:
            problems.append(f"{field} is required")
            continue
        try:
            check(form[field])
        except ValueError as err:
            problems.append(str(err))
    return problems
