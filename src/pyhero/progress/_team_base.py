"""What the team store's parts share: the progress store's engine, sessions and learners."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, literal, select, union
from sqlalchemy.orm import Session, aliased

from pyhero.progress._team_models import CohortMember, User
from pyhero.progress._team_types import UserRecord

if TYPE_CHECKING:
    from pyhero.progress._store import ProgressStore

__all__ = ["StorePart", "user_record", "visible_user_ids"]


def user_record(row: User) -> UserRecord:
    return UserRecord(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=row.role,
        active=row.active,
        created_at=row.created_at,
    )


def visible_user_ids(viewer: UserRecord) -> Select[Any] | None:
    """The ids of the accounts whose code and progress ``viewer`` may read; None: all.

    Everyone reads their own; an admin reads everyone's; a mentor reads the learners of the
    cohorts they mentor, and nobody else's.
    """
    if viewer.is_admin:
        return None
    own = select(literal(viewer.id).label("user_id"))
    if not viewer.mentors:
        return own
    mine = aliased(CohortMember)
    theirs = aliased(CohortMember)
    mentored = (
        select(theirs.user_id)
        .join(mine, mine.cohort_id == theirs.cohort_id)
        .where(mine.user_id == viewer.id, mine.role == "mentor", theirs.role == "learner")
    )
    return select(union(own, mentored).subquery().c[0])


class StorePart:
    """A group of team tables on the progress store's engine (same errors, same learners)."""

    def __init__(self, store: ProgressStore) -> None:
        self.url = store.url
        self._store = store

    def _read(self) -> Session:
        return self._store._read()

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        with self._store._write.begin() as session:
            yield session

    def _learner_id(self, name: str) -> int:
        return self._store._learner_id(name)
