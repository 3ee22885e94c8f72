"""The API gateway: answers requests according to the feature flags of the moment."""

# Task 2: import the feature_flags module here.


def handle(path: str, user: str) -> str:
    """``'503 maintenance'``, ``'403 beta only'`` or ``'200 ok'``."""
    raise NotImplementedError("handle")


def status_line() -> str:
    """``'maintenance on|off, <n> beta users'``."""
    raise NotImplementedError("status_line")
