"""The gateway imports the flags with ``from feature_flags import BETA_USERS, MAINTENANCE``.

``MAINTENANCE`` is copied once, when the gateway is imported: switching maintenance on
later rebinds the flag in ``feature_flags`` only, and the gateway keeps answering 200. The
beta users still work, because the set is changed in place, which makes the mistake hard
to see. The visible tests switch maintenance on after the import.
"""

from feature_flags import BETA_USERS, MAINTENANCE


def handle(path: str, user: str) -> str:
    if MAINTENANCE:
        return "503 maintenance"
    if path.startswith("/beta") and user not in BETA_USERS:
        return "403 beta only"
    return "200 ok"


def status_line() -> str:
    mode = "on" if MAINTENANCE else "off"
    return f"maintenance {mode}, {len(BETA_USERS)} beta users"
