"""A regular expression for the allowed characters, the range checks written out with
``or``, and ``validate_signup`` as one ``if`` per field."""

import re

_ALLOWED = re.compile(r"[A-Za-z0-9_]*")


def check_username(name: str) -> str:
    stripped = name.strip()
    if len(stripped) < 3 or len(stripped) > 20:
        raise ValueError("username must be 3 to 20 characters long")
    if _ALLOWED.fullmatch(stripped) is None:
        raise ValueError("username may only use letters, digits and _")
    return stripped


def check_age(text: str) -> int:
    try:
        age = int(text)
    except ValueError:
        age = None
    if age is None:
        raise ValueError("age must be a whole number, got " + repr(text)) from None
    if age < 13 or age > 120:
        raise ValueError("age must be between 13 and 120")
    return age


def check_password(password: str, username: str) -> None:
    if len(password) <= 7:
        raise ValueError("password must be at least 8 characters long")
    if username != "" and password.lower().find(username.lower()) != -1:
        raise ValueError("password must not contain the username")


def _problem(check, *args) -> str | None:  # type: ignore[no-untyped-def]
    try:
        check(*args)
    except ValueError as err:
        return str(err)
    return None


def validate_signup(form: dict[str, str]) -> list[str]:
    found = []
    if "username" in form:
        found.append(_problem(check_username, form["username"]))
    else:
        found.append("username is required")
    if "age" in form:
        found.append(_problem(check_age, form["age"]))
    else:
        found.append("age is required")
    if "password" in form:
        found.append(_problem(check_password, form["password"], form.get("username", "").strip()))
    else:
        found.append("password is required")
    return [problem for problem in found if problem is not None]
