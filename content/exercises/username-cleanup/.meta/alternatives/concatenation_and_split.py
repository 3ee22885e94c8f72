"""Joins strings with ``+`` and ``str()`` instead of f-strings, takes the first letters with
a slice, and builds the slug by splitting into words and joining them with dashes."""


def clean_username(raw: str) -> str:
    stripped = raw.strip()
    return stripped.lower()


def welcome_message(name: str, unread: int) -> str:
    return "Welcome back, " + name + "! Unread messages: " + str(unread)


def initials(first: str, last: str) -> str:
    return first[:1].upper() + "." + last[:1].upper() + "."


def profile_slug(title: str) -> str:
    return "-".join(title.lower().split())
