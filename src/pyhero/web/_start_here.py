"""The home page's "continue / start here" panel: the next exercise, its section, the streak.

The next exercise is the one ``pyhero next`` names (the first in learning order not done
whose prerequisites are done), so the terminal and the browser always agree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from pyhero.curriculum import Curriculum, Exercise, Section, Topic
from pyhero.progress import Status, activity_summary
from pyhero.workspace import next_exercise

__all__ = ["StartHere", "end_of_day", "start_here"]


@dataclass(frozen=True, slots=True)
class StartHere:
    exercise: Exercise | None
    """None when every exercise is done."""
    topic: Topic | None
    section: Section | None
    section_done: int
    section_total: int
    started: bool
    """Whether the learner has attempted anything yet ("continue" versus "start here")."""
    streak_days: int
    active_today: bool

    @property
    def key(self) -> str:
        """What, besides the statuses, the rendered panel depends on."""
        return f"{self.streak_days}:{int(self.active_today)}"


def end_of_day(now: datetime) -> float:
    """The timestamp of the next local midnight after ``now`` (timezone-aware)."""
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight.timestamp()


def start_here(
    curriculum: Curriculum,
    statuses: Mapping[str, Status],
    activity: Sequence[tuple[datetime, float]],
    now: datetime,
) -> StartHere:
    """The panel for a learner with these exercise statuses and attempt times."""
    summary = activity_summary(activity, now)
    active_today = any(moment.astimezone(now.tzinfo).date() == now.date() for moment, _ in activity)
    exercise = next_exercise(curriculum, statuses)
    topic = curriculum.topics[exercise.topic] if exercise is not None else None
    section = curriculum.section(topic.section) if topic is not None else None
    in_section = [
        e for e in curriculum.exercise_order()
        if section is not None and curriculum.topics[e.topic].section == section.slug
    ]  # fmt: skip
    return StartHere(
        exercise=exercise,
        topic=topic,
        section=section,
        section_done=sum(statuses.get(e.slug) is Status.DONE for e in in_section),
        section_total=len(in_section),
        started=bool(activity),
        streak_days=summary.streak_days,
        active_today=active_today,
    )
