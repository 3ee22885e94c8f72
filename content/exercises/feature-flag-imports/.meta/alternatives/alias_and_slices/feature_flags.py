"""Feature flags: a membership test before removing."""

MAINTENANCE = False
BETA_USERS: set[str] = set()


def set_maintenance(on: bool) -> None:
    global MAINTENANCE
    MAINTENANCE = bool(on)


def add_beta_user(user: str) -> None:
    BETA_USERS.update([user])


def remove_beta_user(user: str) -> None:
    if user in BETA_USERS:
        BETA_USERS.remove(user)
