"""``check_username`` accepts any character for which ``isalnum()`` is true, and checks the
characters before the length.

``"josé".isalnum()`` is ``True``, so accented and non-Latin letters get through; and a short
name with a bad character gets the character message instead of the length message. The
visible tests catch both.
"""


def check_username(name: str) -> str:
    name = name.strip()
    for character in name:
        if not (character.isalnum() or character == "_"):
            raise ValueError("username may only use letters, digits and _")
    if not 3 <= len(name) <= 20:
        raise ValueError("username must be 3 to 20 characters long")
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
    problems: list[str] = []
    username = form.get("username", "").strip()
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
                check_password(form[field], username)
        except ValueError as err:
            problems.append(str(err))
    return problems
