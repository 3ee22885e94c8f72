"""Replaces the spaces before stripping the title, so the spaces around it become dashes
(``"-backend-dev"``), and forgets to upper-case the initials. The visible tests catch
both."""


def clean_username(raw: str) -> str:
    return raw.strip().lower()


def welcome_message(name: str, unread: int) -> str:
    return f"Welcome back, {name}! Unread messages: {unread}"


def initials(first: str, last: str) -> str:
    return first[0] + "." + last[0] + "."


def profile_slug(title: str) -> str:
    return title.replace(" ", "-").strip().lower()
