"""Feature flags that operators switch while the gateway runs."""

MAINTENANCE = False
BETA_USERS: set[str] = set()


def set_maintenance(on: bool) -> None:
    """Turn maintenance mode on or off."""
    raise NotImplementedError("set_maintenance")


def add_beta_user(user: str) -> None:
    """Let ``user`` into the beta."""
    raise NotImplementedError("add_beta_user")


def remove_beta_user(user: str) -> None:
    """Take ``user`` out of the beta (nothing happens if they were not in it)."""
    raise NotImplementedError("remove_beta_user")
