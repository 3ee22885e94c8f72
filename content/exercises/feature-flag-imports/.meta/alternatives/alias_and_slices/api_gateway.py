"""The gateway imports the flags under an alias (``import feature_flags as flags``) and
compares a slice for the path; the flags module adds users with ``update`` and removes
them after a membership test."""

import feature_flags as flags


def handle(path: str, user: str) -> str:
    if flags.MAINTENANCE:
        return "503 maintenance"
    is_beta_path = path[:5] == "/beta"
    if is_beta_path and user not in flags.BETA_USERS:
        return "403 beta only"
    return "200 ok"


def status_line() -> str:
    count = len(flags.BETA_USERS)
    if flags.MAINTENANCE:
        return f"maintenance on, {count} beta users"
    return f"maintenance off, {count} beta users"
