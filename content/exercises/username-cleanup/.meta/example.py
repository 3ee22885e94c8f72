"""Username cleanup: tidy up what people type into a sign-up form."""


def clean_username(raw: str) -> str:
    """Return raw without whitespace at both ends, in lower case."""
    return raw.strip().lower()


def welcome_message(name: str, unread: int) -> str:
    """Return 'Welcome back, <name>! Unread messages: <unread>'."""
    return f"Welcome back, {name}! Unread messages: {unread}"


def initials(first: str, last: str) -> str:
    """Return the upper-case first letters of both names, each followed by a dot."""
    return f"{first[0].upper()}.{last[0].upper()}."


def profile_slug(title: str) -> str:
    """Return title stripped, in lower case, with every space replaced by '-'."""
    return title.strip().lower().replace(" ", "-")
