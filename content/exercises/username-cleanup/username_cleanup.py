"""Username cleanup: tidy up what people type into a sign-up form."""


def clean_username(raw: str) -> str:
    """Return raw without whitespace at both ends, in lower case."""
    raise NotImplementedError("clean_username")


def welcome_message(name: str, unread: int) -> str:
    """Return 'Welcome back, <name>! Unread messages: <unread>'."""
    raise NotImplementedError("welcome_message")


def initials(first: str, last: str) -> str:
    """Return the upper-case first letters of both names, each followed by a dot."""
    raise NotImplementedError("initials")


def profile_slug(title: str) -> str:
    """Return title stripped, in lower case, with every space replaced by '-'."""
    raise NotImplementedError("profile_slug")
