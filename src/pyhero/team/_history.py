"""Attempts as a mentor reads them: each iteration's verdict and failing tests, what changed
since the one before, and the code line by line with its review comments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pyhero.progress import AttemptRecord, CommentRecord, TestSummary
from pyhero.web._diff import FileDiff, diff_files

__all__ = ["AttemptView", "CodeLine", "FileView", "attempt_views"]


@dataclass
class CodeLine:
    number: int
    text: str
    comments: list[CommentRecord] = field(default_factory=list)


@dataclass
class FileView:
    name: str
    lines: list[CodeLine]

    @property
    def commented(self) -> list[CodeLine]:
        return [line for line in self.lines if line.comments]


@dataclass
class AttemptView:
    attempt: AttemptRecord
    number: int
    failing: list[TestSummary]
    changes: list[FileDiff] | None
    files: list[FileView]
    general: list[CommentRecord]
    unread: set[int]

    @property
    def comments(self) -> int:
        return len(self.general) + sum(len(line.comments) for f in self.files for line in f.lines)


def _files(
    attempt: AttemptRecord, comments: Sequence[CommentRecord]
) -> tuple[list[FileView], list[CommentRecord]]:
    views = {
        name: FileView(
            name, [CodeLine(n, text) for n, text in enumerate(code.splitlines() or [""], 1)]
        )
        for name, code in attempt.code.items()
    }
    general: list[CommentRecord] = []
    for comment in comments:
        view = views.get(comment.file or "")
        if view is None or comment.line is None or not 1 <= comment.line <= len(view.lines):
            general.append(comment)
        else:
            view.lines[comment.line - 1].comments.append(comment)
    return list(views.values()), general


def attempt_views(
    attempts: Sequence[AttemptRecord],
    comments: dict[str, list[CommentRecord]],
    unread: set[int],
) -> list[AttemptView]:
    """Every attempt (oldest first), numbered, with the diff from the previous one."""
    views: list[AttemptView] = []
    previous: AttemptRecord | None = None
    for number, attempt in enumerate(attempts, 1):
        files, general = _files(attempt, comments.get(attempt.uid, []))
        changes = None
        if previous is not None:
            changes = diff_files(dict(previous.code), dict(attempt.code))
        views.append(
            AttemptView(
                attempt=attempt,
                number=number,
                failing=[t for t in attempt.tests if t.status != "pass"],
                changes=changes,
                files=files,
                general=general,
                unread=unread,
            )
        )
        previous = attempt
    return views
