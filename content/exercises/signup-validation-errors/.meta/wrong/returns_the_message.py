"""The checks *return* their error message instead of raising it.

``check_username("ab")`` hands back ``"username must be 3 to 20 characters long"`` as if it
were a valid name, and the caller has no way to tell. The visible tests expect
``ValueError`` and catch it.
"""

import string

ALLOWED = string.ascii_letters + string.digits + "_"


def check_username(name: str) -> str:
    name = name.strip()
    if len(name) < 3 or len(name) > 20:
        return "username must be 3 to 20 characters long"
    for character in name:
        if character not in ALLOWED:
            return "username may only use letters, digits and _"
    return name


def check_age(text: str) -> int:
    try:
        age = int(text)
    except ValueError:
        raise ValueError(f"age must be a whole number, got {text!r}") from None
    if age < 13 or age > 120:
        raise ValueError("age must be between 13 and 120")
    return age


def check_password(password: str, username: str) -> None:
    if len(password) < 8:
        raise ValueError("password must be at least 8 characters long")
    if username and username.lower() in password.lower():
        raise ValueError("password must not contain the username")


def validate_signup(form: dict[str, str]) -> list[str]:
    problems: list[str] = []
    if "username" not in form:
        problems.append("username is required")
    else:
        result = check_username(form["username"])
        if result != form["username"].strip():
            problems.append(result)
    for field in ("age", "password"):
        if field not in form:
            problems.append(f"{field} is required")
            continue
        try:
            if field == "age":
                check_age(form[field])
            else:
                check_password(form[field], form.get("username", "").strip())
        except ValueError as err:
            problems.append(str(err))
    return problems
