"""``handle`` tests ``"/beta" in path`` instead of ``path.startswith("/beta")``, and checks
the beta before maintenance.

``/about/beta`` is then refused, and during maintenance a beta request gets 403 instead of
503. The visible tests catch the first; only the sealed set checks the order during
maintenance.
"""

import feature_flags


def handle(path: str, user: str) -> str:
    if "/beta" in path and user not in feature_flags.BETA_USERS:
        return "403 beta only"
    if feature_flags.MAINTENANCE:
        return "503 maintenance"
    return "200 ok"


def status_line() -> str:
    mode = "on" if feature_flags.MAINTENANCE else "off"
    return f"maintenance {mode}, {len(feature_flags.BETA_USERS)} beta users"
