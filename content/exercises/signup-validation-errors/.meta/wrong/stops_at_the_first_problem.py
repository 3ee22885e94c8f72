"""``validate_signup`` wraps all three checks in one ``try``.

The first failing check jumps to ``except``, so the user learns about one problem, fixes
it, and only then hears about the next. The visible tests catch it.
"""

import string

ALLOWED = set(string.ascii_letters + string.digits + "_")


def check_username(name: str) -> str:
    name = name.strip()
    if not 3 <= len(name) <= 20:
        raise ValueError("username must be 3 to 20 characters long")
    if not set(name) <= ALLOWED:
        raise ValueError("username may only use letters, digits and _")
    return name


def check_age(text: str) -> int:
    try:
        age = int(text)
    except ValueError:
        raise ValueError(f"age must be a whole number, got {text!r}") from None
    if not 13 <= age <= 120:
        raise ValueError("age must be between 13 and 120")
    return age


def check_password(password: str, username: str) -> None:
    if len(password) < 8:
        raise ValueError("password must be at least 8 characters long")
    if username and username.lower() in password.lower():
        raise ValueError("password must not contain the username")


def validate_signup(form: dict[str, str]) -> list[str]:
    try:
        for field in ("username", "age", "password"):
            if field not in form:
                raise ValueError(f"{field} is required")
        check_username(form["username"])
        check_age(form["age"])
        check_password(form["password"], form["username"].strip())
    except ValueError as err:
        return [str(err)]
    return []
