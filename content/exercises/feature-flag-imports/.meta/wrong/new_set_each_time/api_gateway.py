"""``add_beta_user`` and ``remove_beta_user`` in ``feature_flags.py`` build a new set with
``global`` instead of changing the set in place, and ``remove_beta_user`` uses ``remove``.

Any module that holds the old set (a ``from feature_flags import BETA_USERS``, a cache)
no longer sees the beta users, and removing a user who was never added raises
``KeyError``. The visible tests check that the set is the same object and remove an
unknown user.
"""

import feature_flags


def handle(path: str, user: str) -> str:
    if feature_flags.MAINTENANCE:
        return "503 maintenance"
    if path.startswith("/beta") and user not in feature_flags.BETA_USERS:
        return "403 beta only"
    return "200 ok"


def status_line() -> str:
    mode = "on" if feature_flags.MAINTENANCE else "off"
    return f"maintenance {mode}, {len(feature_flags.BETA_USERS)} beta users"
