"""Accounts: users, sign-in sessions, invitations, server secrets and the audit log.

Passwords and tokens arrive already hashed: the store never sees a password or a token.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from pyhero.progress._guard import guarded
from pyhero.progress._models import Learner
from pyhero.progress._team_base import StorePart, user_record
from pyhero.progress._team_models import (
    AuditEntry,
    Cohort,
    CohortMember,
    Invitation,
    TeamSecret,
    User,
    UserSession,
)
from pyhero.progress._team_types import (
    ROLES,
    USERNAME,
    AuditRecord,
    InvitationRecord,
    Role,
    TeamError,
    UserRecord,
)

__all__ = ["AccountStore"]


def _check_user(username: str, role: str) -> None:
    if not USERNAME.match(username):
        raise TeamError(
            f"{username!r} is not a valid user name: use 2-40 lower-case letters, digits, "
            "'.', '_' or '-', starting with a letter or digit"
        )
    if role not in ROLES:
        raise TeamError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")


class AccountStore(StorePart):
    """Users and everything that signs them in."""

    # -- users ----------------------------------------------------------------------------

    def _add_user(
        self, session: Session, username: str, display_name: str, role: Role, password_hash: str
    ) -> User:
        _check_user(username, role)
        taken = session.scalar(select(Learner.id).where(Learner.name == username))
        if taken is not None:
            raise TeamError(f"the name {username!r} is taken")
        now = datetime.now(UTC)
        learner = Learner(name=username, created_at=now)
        session.add(learner)
        session.flush()
        user = User(
            username=username,
            display_name=display_name.strip() or username,
            role=role,
            password_hash=password_hash,
            learner_id=learner.id,
            active=True,
            created_at=now,
        )
        session.add(user)
        session.flush()
        return user

    @guarded
    def create_user(
        self, username: str, display_name: str, role: Role, password_hash: str
    ) -> UserRecord:
        try:
            with self._writing() as session:
                user = self._add_user(session, username, display_name, role, password_hash)
                return user_record(user)
        except IntegrityError:
            raise TeamError(f"the name {username!r} is taken") from None

    @guarded
    def user(self, username: str) -> UserRecord | None:
        with self._read() as session:
            row = session.scalar(select(User).where(User.username == username))
            return None if row is None else user_record(row)

    @guarded
    def user_by_id(self, user_id: int) -> UserRecord | None:
        with self._read() as session:
            row = session.get(User, user_id)
            return None if row is None else user_record(row)

    @guarded
    def users(self) -> list[UserRecord]:
        with self._read() as session:
            return [user_record(u) for u in session.scalars(select(User).order_by(User.username))]

    @guarded
    def count_users(self, role: Role | None = None) -> int:
        query = select(func.count(User.id))
        if role is not None:
            query = query.where(User.role == role)
        with self._read() as session:
            return int(session.scalar(query) or 0)

    @guarded
    def credentials(self, username: str) -> tuple[UserRecord, str] | None:
        """The account and its password hash, for checking a sign-in."""
        with self._read() as session:
            row = session.scalar(select(User).where(User.username == username))
            return None if row is None else (user_record(row), row.password_hash)

    @guarded
    def set_password(self, user_id: int, password_hash: str) -> None:
        """Replace the password and end every session of the account."""
        with self._writing() as session:
            session.execute(
                update(User).where(User.id == user_id).values(password_hash=password_hash)
            )
            session.execute(delete(UserSession).where(UserSession.user_id == user_id))

    @guarded
    def set_role(self, user_id: int, role: Role) -> None:
        _check_user("ok", role)
        with self._writing() as session:
            session.execute(update(User).where(User.id == user_id).values(role=role))

    @guarded
    def set_active(self, user_id: int, active: bool) -> None:
        """(De)activate an account; deactivating ends its sessions."""
        with self._writing() as session:
            session.execute(update(User).where(User.id == user_id).values(active=active))
            if not active:
                session.execute(delete(UserSession).where(UserSession.user_id == user_id))

    # -- sessions -------------------------------------------------------------------------

    @guarded
    def create_session(
        self, user_id: int, token_hash: str, expires_at: datetime, address: str | None
    ) -> None:
        with self._writing() as session:
            session.add(
                UserSession(
                    token_hash=token_hash,
                    user_id=user_id,
                    created_at=datetime.now(UTC),
                    expires_at=expires_at,
                    address=address,
                )
            )

    @guarded
    def session_user(self, token_hash: str) -> UserRecord | None:
        """The active account signed in by this session, while the session lasts."""
        query = (
            select(User, UserSession.expires_at)
            .join(UserSession, UserSession.user_id == User.id)
            .where(UserSession.token_hash == token_hash)
        )
        with self._read() as session:
            found = session.execute(query).one_or_none()
        if found is None:
            return None
        user, expires_at = found
        if not user.active or datetime.now(UTC) >= expires_at:
            return None
        return user_record(user)

    @guarded
    def end_session(self, token_hash: str) -> None:
        with self._writing() as session:
            session.execute(delete(UserSession).where(UserSession.token_hash == token_hash))

    @guarded
    def end_expired_sessions(self) -> int:
        with self._writing() as session:
            gone = session.execute(
                delete(UserSession).where(UserSession.expires_at <= datetime.now(UTC))
            )
            return int(getattr(gone, "rowcount", 0) or 0)

    # -- invitations ----------------------------------------------------------------------

    @guarded
    def create_invitation(
        self,
        token_hash: str,
        role: Role,
        expires_at: datetime,
        *,
        cohort_id: int | None = None,
        note: str = "",
        created_by: int | None = None,
    ) -> InvitationRecord:
        _check_user("ok", role)
        with self._writing() as session:
            row = Invitation(
                token_hash=token_hash,
                role=role,
                cohort_id=cohort_id,
                note=note[:200],
                created_by=created_by,
                created_at=datetime.now(UTC),
                expires_at=expires_at,
            )
            session.add(row)
            session.flush()
            invitation_id = row.id
        found = self._invitations(Invitation.id == invitation_id)
        return found[0]

    def _invitations(self, *where: Any) -> list[InvitationRecord]:
        creator = aliased(User)
        user = aliased(User)
        query = (
            select(Invitation, Cohort.name, creator.username, user.username)
            .outerjoin(Cohort, Cohort.id == Invitation.cohort_id)
            .outerjoin(creator, creator.id == Invitation.created_by)
            .outerjoin(user, user.id == Invitation.used_by)
            .where(*where)
            .order_by(Invitation.created_at.desc(), Invitation.id.desc())
        )
        with self._read() as session:
            return [
                InvitationRecord(
                    id=row.id,
                    role=row.role,
                    cohort_id=row.cohort_id,
                    cohort=cohort,
                    note=row.note,
                    created_by=made_by,
                    created_at=row.created_at,
                    expires_at=row.expires_at,
                    used_at=row.used_at,
                    used_by=used_by,
                )
                for row, cohort, made_by, used_by in session.execute(query)
            ]

    @guarded
    def invitation(self, token_hash: str) -> InvitationRecord | None:
        found = self._invitations(Invitation.token_hash == token_hash)
        return found[0] if found else None

    @guarded
    def invitations(self, cohort_id: int | None = None) -> list[InvitationRecord]:
        where = [] if cohort_id is None else [Invitation.cohort_id == cohort_id]
        return self._invitations(*where)

    @guarded
    def redeem_invitation(
        self, token_hash: str, username: str, display_name: str, password_hash: str
    ) -> UserRecord:
        """Create the invited account (in the invitation's cohort) and use the invitation up,
        in one transaction: a link signs up one account, however many times it is posted."""
        now = datetime.now(UTC)
        try:
            with self._writing() as session:
                row = session.scalar(
                    select(Invitation).where(Invitation.token_hash == token_hash).with_for_update()
                )
                if row is None:
                    raise TeamError("this invitation link is not valid")
                if row.used_at is not None:
                    raise TeamError("this invitation link was used already")
                if now >= row.expires_at:
                    raise TeamError("this invitation link has expired: ask for a new one")
                role: Role = row.role  # type: ignore[assignment]
                user = self._add_user(session, username, display_name, role, password_hash)
                row.used_at = now
                row.used_by = user.id
                if row.cohort_id is not None:
                    session.add(
                        CohortMember(
                            cohort_id=row.cohort_id,
                            user_id=user.id,
                            role="learner" if role == "learner" else "mentor",
                            joined_at=now,
                        )
                    )
                return user_record(user)
        except IntegrityError:
            raise TeamError(f"the name {username!r} is taken") from None

    @guarded
    def revoke_invitation(self, invitation_id: int) -> bool:
        with self._writing() as session:
            gone = session.execute(
                delete(Invitation).where(
                    Invitation.id == invitation_id, Invitation.used_at.is_(None)
                )
            )
            return bool(getattr(gone, "rowcount", 0))

    # -- secrets and audit ----------------------------------------------------------------

    @guarded
    def secret(self, name: str, make: Callable[[], str]) -> str:
        """The server-wide secret ``name``, made once by ``make`` (the first process wins)."""
        with self._read() as session:
            found = session.get(TeamSecret, name)
            if found is not None:
                return found.value
        try:
            with self._writing() as session:
                session.add(TeamSecret(name=name, value=make()))
        except IntegrityError:
            pass
        with self._read() as session:
            return session.get_one(TeamSecret, name).value

    @guarded
    def audit(
        self,
        actor: str,
        action: str,
        target: str,
        details: dict[str, Any] | None = None,
        address: str | None = None,
    ) -> None:
        with self._writing() as session:
            session.add(
                AuditEntry(
                    at=datetime.now(UTC),
                    actor=actor[:80],
                    action=action[:40],
                    target=target[:200],
                    details=details or {},
                    address=address,
                )
            )

    @guarded
    def audit_log(self, limit: int = 200) -> list[AuditRecord]:
        query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        with self._read() as session:
            return [
                AuditRecord(
                    id=e.id,
                    at=e.at,
                    actor=e.actor,
                    action=e.action,
                    target=e.target,
                    details=e.details,
                    address=e.address,
                )
                for e in session.scalars(query.limit(limit))
            ]
