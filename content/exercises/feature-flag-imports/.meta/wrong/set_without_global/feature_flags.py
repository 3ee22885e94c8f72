"""Feature flags whose ``set_maintenance`` forgets ``global``."""

MAINTENANCE = False
BETA_USERS: set[str] = set()


def set_maintenance(on: bool) -> None:
    MAINTENANCE = on  # noqa: F841


def add_beta_user(user: str) -> None:
    BETA_USERS.add(user)


def remove_beta_user(user: str) -> None:
    BETA_USERS.discard(user)
