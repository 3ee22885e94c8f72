"""Cohorts: their members and assigned paths, who may see whom, and cohort-wide progress.

Reads that a URL can point at take the viewer beside the id (``cohort_for``,
``learner_for``): an id never reaches a query without the account that asks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import case, delete, func, select
from sqlalchemy.exc import IntegrityError

from pyhero.progress._guard import guarded
from pyhero.progress._models import Attempt, HintUse
from pyhero.progress._rows import AttemptTotals, progress_from_rows
from pyhero.progress._team_base import StorePart, user_record, visible_user_ids
from pyhero.progress._team_models import Cohort, CohortMember, CohortPathItem, User
from pyhero.progress._team_types import (
    CohortProgress,
    CohortRecord,
    MemberRecord,
    PathItem,
    TeamError,
    UserRecord,
)
from pyhero.progress._types import ExerciseProgress

__all__ = ["CohortStore"]


class CohortStore(StorePart):
    """Cohorts and what mentors see of their learners."""

    @guarded
    def create_cohort(self, name: str, creator: UserRecord) -> CohortRecord:
        """A new cohort with ``creator`` as its first mentor."""
        name = " ".join(name.split())
        if not 1 <= len(name) <= 100:
            raise TeamError("a cohort needs a name of 1-100 characters")
        if not creator.mentors:
            raise TeamError("only mentors and admins create cohorts")
        now = datetime.now(UTC)
        try:
            with self._writing() as session:
                cohort = Cohort(name=name, created_by=creator.id, created_at=now)
                session.add(cohort)
                session.flush()
                session.add(
                    CohortMember(
                        cohort_id=cohort.id, user_id=creator.id, role="mentor", joined_at=now
                    )
                )
                cohort_id = cohort.id
        except IntegrityError:
            raise TeamError(f"there is a cohort named {name!r} already") from None
        found = self._cohorts([cohort_id])
        return found[0]

    def _cohorts(self, ids: Sequence[int]) -> list[CohortRecord]:
        if not ids:
            return []
        with self._read() as session:
            cohorts = list(
                session.scalars(select(Cohort).where(Cohort.id.in_(ids)).order_by(Cohort.name))
            )
            members = session.execute(
                select(CohortMember, User)
                .join(User, User.id == CohortMember.user_id)
                .where(CohortMember.cohort_id.in_(ids))
                .order_by(User.username)
            ).all()
            items = list(
                session.scalars(
                    select(CohortPathItem)
                    .where(CohortPathItem.cohort_id.in_(ids))
                    .order_by(CohortPathItem.position)
                )
            )
        return [
            CohortRecord(
                id=c.id,
                name=c.name,
                created_at=c.created_at,
                members=tuple(
                    MemberRecord(user=user_record(u), role=m.role, joined_at=m.joined_at)
                    for m, u in members
                    if m.cohort_id == c.id
                ),
                path=tuple(
                    PathItem(kind=i.kind, slug=i.slug, deadline=i.deadline)
                    for i in items
                    if i.cohort_id == c.id
                ),
            )
            for c in cohorts
        ]

    @guarded
    def cohorts_for(self, viewer: UserRecord) -> list[CohortRecord]:
        """Every cohort for an admin; those a mentor mentors; those a learner is in."""
        query = select(Cohort.id)
        if not viewer.is_admin:
            query = query.join(CohortMember, CohortMember.cohort_id == Cohort.id).where(
                CohortMember.user_id == viewer.id
            )
        with self._read() as session:
            ids = list(session.scalars(query))
        return self._cohorts(ids)

    @guarded
    def cohort_for(self, viewer: UserRecord, cohort_id: int) -> CohortRecord | None:
        """The cohort if ``viewer`` mentors it (or is an admin); None otherwise."""
        if not viewer.mentors:
            return None
        query = select(Cohort.id).where(Cohort.id == cohort_id)
        if not viewer.is_admin:
            query = query.join(CohortMember, CohortMember.cohort_id == Cohort.id).where(
                CohortMember.user_id == viewer.id, CohortMember.role == "mentor"
            )
        with self._read() as session:
            found = session.scalar(query)
        return None if found is None else self._cohorts([found])[0]

    @guarded
    def cohort_by_name(self, name: str) -> CohortRecord | None:
        with self._read() as session:
            found = session.scalar(select(Cohort.id).where(Cohort.name == name))
        return None if found is None else self._cohorts([found])[0]

    @guarded
    def add_member(self, cohort_id: int, user_id: int, role: str) -> None:
        if role not in ("learner", "mentor"):
            raise TeamError(f"a cohort member is a learner or a mentor, not {role!r}")
        with self._writing() as session:
            found = session.get(CohortMember, (cohort_id, user_id))
            if found is None:
                session.add(
                    CohortMember(
                        cohort_id=cohort_id, user_id=user_id, role=role, joined_at=datetime.now(UTC)
                    )
                )
            else:
                found.role = role

    @guarded
    def remove_member(self, cohort_id: int, user_id: int) -> None:
        with self._writing() as session:
            session.execute(
                delete(CohortMember).where(
                    CohortMember.cohort_id == cohort_id, CohortMember.user_id == user_id
                )
            )

    @guarded
    def set_path(self, cohort_id: int, items: Sequence[PathItem]) -> None:
        """Replace the cohort's path (order kept)."""
        seen: set[tuple[str, str]] = set()
        with self._writing() as session:
            session.execute(delete(CohortPathItem).where(CohortPathItem.cohort_id == cohort_id))
            for position, item in enumerate(items):
                if (item.kind, item.slug) in seen:
                    continue
                seen.add((item.kind, item.slug))
                session.add(
                    CohortPathItem(
                        cohort_id=cohort_id,
                        kind=item.kind,
                        slug=item.slug,
                        deadline=item.deadline,
                        position=position,
                    )
                )

    @guarded
    def learner_for(self, viewer: UserRecord, username: str) -> UserRecord | None:
        """The account ``username`` if ``viewer`` may read its code and progress."""
        query = select(User).where(User.username == username)
        visible = visible_user_ids(viewer)
        if visible is not None:
            query = query.where(User.id.in_(visible))
        with self._read() as session:
            row = session.scalar(query)
            return None if row is None else user_record(row)

    @guarded
    def mentors_of(self, user_id: int) -> list[int]:
        """The ids of the mentors of every cohort the account learns in."""
        mine = select(CohortMember.cohort_id).where(
            CohortMember.user_id == user_id, CohortMember.role == "learner"
        )
        query = select(CohortMember.user_id).where(
            CohortMember.cohort_id.in_(mine), CohortMember.role == "mentor"
        )
        with self._read() as session:
            return sorted(set(session.scalars(query)))

    @guarded
    def cohort_progress(self, learners: Sequence[UserRecord]) -> CohortProgress:
        """Per learner, per exercise: attempts, status, hints (two grouped queries)."""
        names = {u.username for u in learners}
        ids = {self._learner_id(name): name for name in names}
        passed_at = case((Attempt.verdict == "passed", Attempt.created_at))
        attempt_query = (
            select(
                Attempt.learner_id,
                Attempt.exercise,
                func.count(Attempt.id),
                func.max(Attempt.created_at),
                func.min(passed_at),
            )
            .where(Attempt.learner_id.in_(ids))
            .group_by(Attempt.learner_id, Attempt.exercise)
        )
        hint_query = (
            select(HintUse.learner_id, HintUse.exercise, func.count(HintUse.id))
            .where(HintUse.learner_id.in_(ids))
            .group_by(HintUse.learner_id, HintUse.exercise)
        )
        with self._read() as session:
            hint_rows = list(session.execute(hint_query))
            rows = list(session.execute(attempt_query))
        hints: dict[int, dict[str, int]] = defaultdict(dict)
        for learner_id, exercise, count in hint_rows:
            hints[learner_id][exercise] = count
        grouped: dict[int, list[AttemptTotals]] = defaultdict(list)
        for learner_id, exercise, count, latest, passed in rows:
            grouped[learner_id].append((exercise, count, latest, passed))
        progress: dict[str, dict[str, ExerciseProgress]] = {}
        last: dict[str, datetime | None] = {}
        for learner_id, name in ids.items():
            progress[name] = progress_from_rows(grouped[learner_id], hints[learner_id].items())
            times = [p.last_attempt_at for p in progress[name].values() if p.last_attempt_at]
            last[name] = max(times, default=None)
        return CohortProgress(progress=progress, last_attempt=last)

    @guarded
    def attempt_times(
        self, learners: Sequence[UserRecord], since: datetime
    ) -> list[tuple[str, datetime, str]]:
        """(learner, time, verdict) of every attempt since ``since``, oldest first."""
        ids = {self._learner_id(u.username): u.username for u in learners}
        query = (
            select(Attempt.learner_id, Attempt.created_at, Attempt.verdict)
            .where(Attempt.learner_id.in_(ids), Attempt.created_at >= since)
            .order_by(Attempt.created_at)
        )
        with self._read() as session:
            return [(ids[lid], at, verdict) for lid, at, verdict in session.execute(query)]
