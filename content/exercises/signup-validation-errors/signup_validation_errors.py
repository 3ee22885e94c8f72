"""Checks of a sign-up form that raise ValueError with messages users can act on."""


def check_username(name: str) -> str:
    """The stripped name; ValueError when it is too short, too long or has other characters."""
    raise NotImplementedError("check_username")


def check_age(text: str) -> int:
    """The age as an int; ValueError when it is not a whole number from 13 to 120."""
    raise NotImplementedError("check_age")


def check_password(password: str, username: str) -> None:
    """ValueError when the password is shorter than 8 or contains the username."""
    raise NotImplementedError("check_password")


def validate_signup(form: dict[str, str]) -> list[str]:
    """Every problem of the form, in field order; ``[]`` when it is valid."""
    raise NotImplementedError("validate_signup")
