"""``set_maintenance`` in ``feature_flags.py`` assigns ``MAINTENANCE = on`` without
``global`` (this gateway module is correct).

The assignment creates a local variable inside ``set_maintenance``, so the module's flag
never changes and maintenance mode cannot be switched on. The visible tests catch it.
"""

import feature_flags


def handle(path: str, user: str) -> str:
    """``'503 maintenance'``, ``'403 beta only'`` or ``'200 ok'``."""
    if feature_flags.MAINTENANCE:
        return "503 maintenance"
    if path.startswith("/beta") and user not in feature_flags.BETA_USERS:
        return "403 beta only"
    return "200 ok"


def status_line() -> str:
    """``'maintenance on|off, <n> beta users'``."""
    mode = "on" if feature_flags.MAINTENANCE else "off"
    return f"maintenance {mode}, {len(feature_flags.BETA_USERS)} beta users"
