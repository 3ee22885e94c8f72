"""``check_age`` lets the ``ValueError`` of ``int()`` through with its own message.

The user reads ``invalid literal for int() with base 10: 'twelve'`` instead of the
message the instructions ask for. The type is right, so only the message shows the
mistake. The visible tests compare messages and catch it.
"""

import string

ALLOWED = set(string.ascii_letters + string.digits + "_")


def check_username(name: str) -> str:
    name = name.strip()
    if not 3 <= len(name) <= 20:
        raise ValueError("username must be 3 to 20 characters long")
    if any(character not in ALLOWED for character in name):
        raise ValueError("username may only use letters, digits and _")
    return name


def check_age(text: str) -> int:
    age = int(text)
    if not 13 <= age <= 120:
        raise ValueError("age must be between 13 and 120")
    return age


def check_password(password: str, username: str) -> None:
    if len(password) < 8:
        raise ValueError("password must be at least 8 characters long")
    if username and username.lower() in password.lower():
        raise ValueError("password must not contain the username")


def validate_signup(form: dict[str, str]) -> list[str]:
    problems: list[str] = []
    for field in ("username", "age", "password"):
        if field not in form:
            problems.append(f"{field} is required")
            continue
        try:
            if field == "username":
                check_username(form[field])
            elif field == "age":
                check_age(form[field])
            else:
                check_password(form[field], form.get("username", "").strip())
        except ValueError as err:
            problems.append(str(err))
    return problems
