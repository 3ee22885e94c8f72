"""Feature flags that rebuild the beta set on every change."""

MAINTENANCE = False
BETA_USERS: set[str] = set()


def set_maintenance(on: bool) -> None:
    global MAINTENANCE
    MAINTENANCE = on


def add_beta_user(user: str) -> None:
    global BETA_USERS
    BETA_USERS = BETA_USERS | {user}


def remove_beta_user(user: str) -> None:
    global BETA_USERS
    users = set(BETA_USERS)
    users.remove(user)
    BETA_USERS = users
