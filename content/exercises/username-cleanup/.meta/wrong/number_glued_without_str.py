"""Builds the greeting with ``+`` and glues the number straight onto the text:
``"..." + unread`` raises ``TypeError`` because ``+`` joins a str only to a str. The
visible tests catch it."""


def clean_username(raw: str) -> str:
    return raw.strip().lower()


def welcome_message(name: str, unread: int) -> str:
    return "Welcome back, " + name + "! Unread messages: " + unread  # type: ignore[operator]


def initials(first: str, last: str) -> str:
    return f"{first[0].upper()}.{last[0].upper()}."


def profile_slug(title: str) -> str:
    return title.strip().lower().replace(" ", "-")
