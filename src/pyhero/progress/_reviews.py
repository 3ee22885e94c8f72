"""Code review: comments on attempts (on a line, or on the whole attempt) and who has not
read them yet."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import func, select, update

from pyhero.progress._guard import guarded
from pyhero.progress._models import Attempt, Learner
from pyhero.progress._store import _record
from pyhero.progress._team_base import StorePart, user_record, visible_user_ids
from pyhero.progress._team_models import CohortMember, Comment, CommentNotice, User
from pyhero.progress._team_types import MAX_COMMENT, CommentRecord, TeamError, UserRecord
from pyhero.progress._types import AttemptRecord

__all__ = ["ReviewStore"]


class ReviewStore(StorePart):
    """Comments, replies and unread notices."""

    @guarded
    def attempt_for(self, viewer: UserRecord, uid: str) -> tuple[AttemptRecord, UserRecord] | None:
        """The attempt and its learner's account, if ``viewer`` may read it; None otherwise."""
        query = (
            select(Attempt, User)
            .join(Learner, Learner.id == Attempt.learner_id)
            .join(User, User.learner_id == Learner.id)
            .where(Attempt.uid == uid)
        )
        visible = visible_user_ids(viewer)
        if visible is not None:
            query = query.where(User.id.in_(visible))
        with self._read() as session:
            found = session.execute(query).one_or_none()
            if found is None:
                return None
            attempt, owner = found
            return _record(attempt), user_record(owner)

    @guarded
    def add_comment(
        self,
        author: UserRecord,
        attempt: AttemptRecord,
        owner: UserRecord,
        body: str,
        *,
        file: str | None = None,
        line: int | None = None,
    ) -> CommentRecord:
        """Comment on ``attempt`` (found for ``author`` with :meth:`attempt_for`).

        Its learner is told, and so is everyone who commented on the attempt before; a
        learner's comment on an attempt nobody reviewed yet goes to their mentors.
        """
        body = body.strip()
        if not body:
            raise TeamError("a comment needs some text")
        if len(body) > MAX_COMMENT:
            raise TeamError(f"a comment is at most {MAX_COMMENT} characters")
        if file is not None and file not in attempt.code:
            raise TeamError(f"the attempt has no file {file!r}")
        if line is not None:
            lines = max(1, len(attempt.code.get(file or "", "").splitlines()))
            if file is None or not 1 <= line <= lines:
                raise TeamError(f"line {line} is not in {file or 'the attempt'}")
        now = datetime.now(UTC)
        with self._writing() as session:
            earlier = set(
                session.scalars(select(Comment.author_id).where(Comment.attempt_uid == attempt.uid))
            )
            recipients = (earlier | {owner.id}) - {author.id}
            if not recipients:
                mine = select(CohortMember.cohort_id).where(
                    CohortMember.user_id == owner.id, CohortMember.role == "learner"
                )
                recipients = set(
                    session.scalars(
                        select(CohortMember.user_id).where(
                            CohortMember.cohort_id.in_(mine), CohortMember.role == "mentor"
                        )
                    )
                ) - {author.id}
            row = Comment(
                attempt_uid=attempt.uid,
                author_id=author.id,
                file=file,
                line=line,
                body=body,
                created_at=now,
            )
            session.add(row)
            session.flush()
            session.add_all(
                CommentNotice(comment_id=row.id, user_id=user_id, read_at=None)
                for user_id in sorted(recipients)
            )
            comment_id = row.id
        return self._comments(Comment.id == comment_id)[0]

    def _comments(self, *where: object) -> list[CommentRecord]:
        query = (
            select(Comment, User.username, User.display_name, Attempt.exercise, Learner.name)
            .join(User, User.id == Comment.author_id)
            .join(Attempt, Attempt.uid == Comment.attempt_uid)
            .join(Learner, Learner.id == Attempt.learner_id)
            .where(*where)  # type: ignore[arg-type]
            .order_by(Comment.created_at, Comment.id)
        )
        with self._read() as session:
            return [
                CommentRecord(
                    id=c.id,
                    attempt_uid=c.attempt_uid,
                    author=username,
                    author_name=display,
                    file=c.file,
                    line=c.line,
                    body=c.body,
                    created_at=c.created_at,
                    exercise=exercise,
                    learner=learner,
                )
                for c, username, display, exercise, learner in session.execute(query)
            ]

    @guarded
    def comments(self, attempt_uids: Sequence[str]) -> dict[str, list[CommentRecord]]:
        """Comments per attempt, oldest first (attempts found for the viewer beforehand)."""
        found: dict[str, list[CommentRecord]] = {uid: [] for uid in attempt_uids}
        for start in range(0, len(attempt_uids), 500):
            chunk = list(attempt_uids[start : start + 500])
            for comment in self._comments(Comment.attempt_uid.in_(chunk)):
                found[comment.attempt_uid].append(comment)
        return found

    @guarded
    def unread_count(self, user_id: int) -> int:
        query = select(func.count()).where(
            CommentNotice.user_id == user_id, CommentNotice.read_at.is_(None)
        )
        with self._read() as session:
            return int(session.scalar(query) or 0)

    @guarded
    def unread(self, user_id: int, limit: int = 100) -> list[CommentRecord]:
        """Comments ``user_id`` has not read, oldest first."""
        waiting = select(CommentNotice.comment_id).where(
            CommentNotice.user_id == user_id, CommentNotice.read_at.is_(None)
        )
        return self._comments(Comment.id.in_(waiting))[:limit]

    @guarded
    def unread_among(self, user_id: int, comment_ids: Sequence[int]) -> set[int]:
        """Which of ``comment_ids`` ``user_id`` has not read yet."""
        if not comment_ids:
            return set()
        query = select(CommentNotice.comment_id).where(
            CommentNotice.user_id == user_id,
            CommentNotice.comment_id.in_(list(comment_ids)),
            CommentNotice.read_at.is_(None),
        )
        with self._read() as session:
            return set(session.scalars(query))

    @guarded
    def mark_read(self, user_id: int, comment_ids: Sequence[int]) -> None:
        if not comment_ids:
            return
        with self._writing() as session:
            session.execute(
                update(CommentNotice)
                .where(
                    CommentNotice.user_id == user_id,
                    CommentNotice.comment_id.in_(list(comment_ids)),
                    CommentNotice.read_at.is_(None),
                )
                .values(read_at=datetime.now(UTC))
            )
