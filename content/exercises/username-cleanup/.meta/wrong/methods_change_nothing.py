"""Calls the string methods without keeping their results (``raw.strip()`` on a line of
its own), as if strings changed in place; the text comes back untouched. The visible tests
catch it."""


def clean_username(raw: str) -> str:
    raw.strip()
    raw.lower()
    return raw


def welcome_message(name: str, unread: int) -> str:
    return f"Welcome back, {name}! Unread messages: {unread}"


def initials(first: str, last: str) -> str:
    return f"{first[0].upper()}.{last[0].upper()}."


def profile_slug(title: str) -> str:
    title.strip()
    title.lower()
    return title.replace(" ", "-")
