"""Feature flags that operators switch while the gateway runs."""

MAINTENANCE = False
BETA_USERS: set[str] = set()


def set_maintenance(on: bool) -> None:
    """Turn maintenance mode on or off."""
    global MAINTENANCE
    MAINTENANCE = on


def add_beta_user(user: str) -> None:
    """Let ``user`` into the beta."""
    BETA_USERS.add(user)


def remove_beta_user(user: str) -> None:
    """Take ``user`` out of the beta (nothing happens if they were not in it)."""
    BETA_USERS.discard(user)
