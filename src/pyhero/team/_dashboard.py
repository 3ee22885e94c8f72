"""A cohort's dashboard: the learner-by-topic matrix of its path, who is stuck and why, and
attempts per day; the same figures as CSV."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from pyhero.config import Settings
from pyhero.curriculum import Curriculum, Topic
from pyhero.progress import (
    CohortProgress,
    CohortRecord,
    ExerciseProgress,
    PathItem,
    Status,
    UserRecord,
)
from pyhero.web._status import topic_statuses
from pyhero.web.schemas import DayActivity

__all__ = [
    "DAYS_SHOWN",
    "Dashboard",
    "LearnerRow",
    "PathTopic",
    "build_dashboard",
    "path_topics",
    "to_csv",
]

DAYS_SHOWN = 28


@dataclass(frozen=True)
class PathTopic:
    topic: Topic
    deadline: date | None


@dataclass(frozen=True)
class Cell:
    status: str  # done, attempted, pending or none (reading only)
    late: bool


@dataclass
class LearnerRow:
    user: UserRecord
    cells: list[Cell]
    done: int
    attempts: int
    hints: int
    last_attempt: datetime | None
    stuck: list[str] = field(default_factory=list)


@dataclass
class Dashboard:
    cohort: CohortRecord
    topics: list[PathTopic]
    unknown: list[str]
    rows: list[LearnerRow]
    days: list[DayActivity]

    @property
    def stuck(self) -> list[LearnerRow]:
        return [row for row in self.rows if row.stuck]


def path_topics(
    curriculum: Curriculum, path: Sequence[PathItem]
) -> tuple[list[PathTopic], list[str]]:
    """The path's topics in order (sections expanded; the first deadline given wins), and
    the items this content does not have."""
    found: dict[str, PathTopic] = {}
    unknown: list[str] = []
    for item in path:
        if item.kind == "section":
            section = next((s for s in curriculum.sections if s.slug == item.slug), None)
            slugs = list(section.topics) if section is not None else None
        else:
            slugs = [item.slug] if item.slug in curriculum.topics else None
        if slugs is None:
            unknown.append(f"{item.kind} {item.slug}")
            continue
        for slug in slugs:
            found.setdefault(slug, PathTopic(curriculum.topics[slug], item.deadline))
    return list(found.values()), unknown


def _stuck_reasons(
    curriculum: Curriculum,
    progress: dict[str, ExerciseProgress],
    last_pass: datetime | None,
    joined: datetime,
    now: datetime,
    settings: Settings,
    unfinished: bool,
) -> list[str]:
    reasons: list[str] = []
    for slug, item in sorted(progress.items()):
        if item.status is Status.DONE:
            continue
        exercise = curriculum.exercises.get(slug)
        title = exercise.title if exercise is not None else slug
        attempts, hints = item.attempts, item.hints_used
        if attempts >= settings.stuck_failures:
            reasons.append(f"{attempts} failed attempts at {title}")
        total_hints = len(exercise.spec.hints()) if exercise is not None and hints else 0
        if hints and hints >= total_hints:
            reasons.append(f"used all {hints} hint{'s' if hints != 1 else ''} on {title}")
    quiet_since = last_pass or joined
    quiet_days = (now - quiet_since).days
    if unfinished and quiet_days >= settings.stuck_days:
        reasons.append(
            f"no exercise passed in {quiet_days} days"
            if last_pass is not None
            else f"no exercise passed since joining {quiet_days} days ago"
        )
    return reasons


def build_dashboard(
    curriculum: Curriculum,
    cohort: CohortRecord,
    report: CohortProgress,
    attempt_times: Sequence[tuple[str, datetime, str]],
    now: datetime,
    settings: Settings,
) -> Dashboard:
    """Everything the dashboard shows; ``now`` is timezone-aware."""
    topics, unknown = path_topics(curriculum, cohort.path)
    today = now.date()
    joined = {m.user.username: m.joined_at for m in cohort.members}
    rows: list[LearnerRow] = []
    for user in cohort.learners:
        progress = report.progress.get(user.username, {})
        statuses = {slug: p.status for slug, p in progress.items()}
        by_topic = topic_statuses(curriculum, statuses)
        cells = [
            Cell(
                by_topic.get(t.topic.slug, "none"),
                t.deadline is not None
                and t.deadline < today
                and by_topic[t.topic.slug] not in ("done", "none"),
            )
            for t in topics
        ]
        passes = [p.done_at for p in progress.values() if p.done_at is not None]
        unfinished = any(c.status not in ("done", "none") for c in cells) or not topics
        rows.append(
            LearnerRow(
                user=user,
                cells=cells,
                done=sum(c.status == "done" for c in cells),
                attempts=sum(p.attempts for p in progress.values()),
                hints=sum(p.hints_used for p in progress.values()),
                last_attempt=report.last_attempt.get(user.username),
                stuck=_stuck_reasons(
                    curriculum,
                    progress,
                    max(passes, default=None),
                    joined.get(user.username, now),
                    now,
                    settings,
                    unfinished,
                ),
            )
        )
    return Dashboard(cohort, topics, unknown, rows, _days(attempt_times, now))


def _days(attempt_times: Sequence[tuple[str, datetime, str]], now: datetime) -> list[DayActivity]:
    first = now.date() - timedelta(days=DAYS_SHOWN - 1)
    tried: Counter[date] = Counter()
    passed: Counter[date] = Counter()
    for _, at, verdict in attempt_times:
        day = at.astimezone(now.tzinfo).date()
        tried[day] += 1
        passed[day] += verdict == "passed"
    days = [first + timedelta(days=i) for i in range(DAYS_SHOWN)]
    return [DayActivity(day=d, attempts=tried[d], passed=passed[d]) for d in days]


def _cell_text(value: str) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


_WORDS = {"done": "done", "attempted": "in progress", "pending": "to do", "none": "reading only"}


def to_csv(dashboard: Dashboard) -> str:
    """One row per learner: totals, then each path topic's status (``late`` past a deadline)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    head = ["learner", "name", "topics done", "topics in path", "attempts", "hints used"]
    head += ["last attempt (UTC)", "stuck"]
    writer.writerow(head + [t.topic.slug for t in dashboard.topics])
    for row in dashboard.rows:
        last = row.last_attempt.strftime("%Y-%m-%d %H:%M") if row.last_attempt else ""
        values = [row.user.username, row.user.display_name, str(row.done)]
        values += [str(len(dashboard.topics)), str(row.attempts), str(row.hints), last]
        values.append("; ".join(row.stuck))
        values += [_WORDS[c.status] + (" (late)" if c.late else "") for c in row.cells]
        writer.writerow([_cell_text(v) for v in values])
    return out.getvalue()
