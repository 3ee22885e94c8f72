"""Account actions shared by the ``pyhero team`` commands and the team server's pages:
users, invitations, password resets, roles and cohorts, each one written to the audit log.

``actor`` names who acted (a user name, or ``cli:<system user>``); ``address`` where from.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pyhero.config import Settings
from pyhero.progress import (
    CohortRecord,
    InvitationRecord,
    Role,
    TeamError,
    TeamStore,
    UserRecord,
)
from pyhero.team._security import hash_password, new_token, token_hash

__all__ = [
    "base_url",
    "create_cohort",
    "create_user",
    "invite",
    "reset_password",
    "set_active",
    "set_role",
    "sign_up",
]


def base_url(settings: Settings) -> str:
    """Where people open the server: ``PYHERO_PUBLIC_URL``, else the address it listens on."""
    if settings.public_url:
        return settings.public_url
    host = "127.0.0.1" if settings.host in ("0.0.0.0", "::") else settings.host  # noqa: S104
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{settings.port}"


def create_user(
    store: TeamStore,
    username: str,
    display_name: str,
    role: Role,
    password: str,
    *,
    actor: str,
    address: str | None = None,
) -> UserRecord:
    user = store.accounts.create_user(username, display_name, role, hash_password(password))
    store.accounts.audit(actor, "create-user", username, {"role": role}, address)
    return user


def invite(
    store: TeamStore,
    settings: Settings,
    role: Role,
    *,
    actor: str,
    cohort: CohortRecord | None = None,
    note: str = "",
    created_by: UserRecord | None = None,
    address: str | None = None,
) -> tuple[str, InvitationRecord]:
    """A one-time sign-up link, valid for ``PYHERO_INVITATION_DAYS``; only its hash is kept,
    so the link is shown this once."""
    token, hashed = new_token()
    expires = datetime.now(UTC) + timedelta(days=settings.invitation_days)
    record = store.accounts.create_invitation(
        hashed,
        role,
        expires,
        cohort_id=cohort.id if cohort else None,
        note=note,
        created_by=created_by.id if created_by else None,
    )
    details = {"role": role, "cohort": cohort.name if cohort else None, "note": note}
    store.accounts.audit(actor, "invite", f"invitation {record.id}", details, address)
    return f"{base_url(settings)}/signup/{token}", record


def sign_up(
    store: TeamStore, token: str, username: str, display_name: str, password: str
) -> UserRecord:
    """Redeem an invitation: the account, in the invitation's cohort."""
    hashed = hash_password(password)
    user = store.accounts.redeem_invitation(
        token_hash(token), username.strip().lower(), display_name, hashed
    )
    store.accounts.audit(username, "sign-up", username, {"role": user.role})
    return user


def _existing(store: TeamStore, username: str) -> UserRecord:
    user = store.accounts.user(username)
    if user is None:
        raise TeamError(f"no user named {username!r}")
    return user


def reset_password(
    store: TeamStore, username: str, password: str, *, actor: str, address: str | None = None
) -> UserRecord:
    """A new password; every session of the account ends."""
    user = _existing(store, username)
    store.accounts.set_password(user.id, hash_password(password))
    store.accounts.audit(actor, "reset-password", username, {}, address)
    return user


def set_role(
    store: TeamStore, username: str, role: Role, *, actor: str, address: str | None = None
) -> UserRecord:
    user = _existing(store, username)
    if user.role == "admin" and role != "admin" and store.accounts.count_users("admin") == 1:
        raise TeamError("this is the last admin: make another admin first")
    store.accounts.set_role(user.id, role)
    store.accounts.audit(actor, "set-role", username, {"from": user.role, "to": role}, address)
    return user.model_copy(update={"role": role})


def set_active(
    store: TeamStore, username: str, active: bool, *, actor: str, address: str | None = None
) -> UserRecord:
    """(De)activate an account; deactivating signs it out everywhere."""
    user = _existing(store, username)
    if not active and user.role == "admin" and store.accounts.count_users("admin") == 1:
        raise TeamError("this is the last admin: make another admin first")
    store.accounts.set_active(user.id, active)
    store.accounts.audit(actor, "activate" if active else "deactivate", username, {}, address)
    return user.model_copy(update={"active": active})


def create_cohort(
    store: TeamStore, name: str, creator: UserRecord, *, actor: str, address: str | None = None
) -> CohortRecord:
    cohort = store.cohorts.create_cohort(name, creator)
    store.accounts.audit(actor, "create-cohort", cohort.name, {"mentor": creator.username}, address)
    return cohort
