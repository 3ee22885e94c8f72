"""What the app holds for its lifetime: curriculum, grader, store, drafts, caches."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from threading import Lock

from jinja2 import Environment

from pyhero.config import Settings
from pyhero.curriculum import Curriculum
from pyhero.grading import Grader
from pyhero.progress import ProgressStore, Status
from pyhero.web._graph_svg import GraphLayout
from pyhero.web._mode import Drafts, ExercisePanel, Grading, LearnerOf, Results
from pyhero.web._status_cache import StatusCache
from pyhero.workspace import Workspace, WorkspaceError

__all__ = ["PageCache", "RoadmapKey", "WebState"]

RoadmapKey = tuple[dict[str, Status], float, str]
"""(the statuses a roadmap was rendered for, the end of its day as a timestamp, its cache
key): valid while the statuses are the same and the day lasts (the streak counts days)."""


class PageCache:
    """A small thread-safe LRU of rendered fragments (pages, SVG, JSON bytes)."""

    def __init__(self, size: int = 128) -> None:
        self._items: OrderedDict[str, bytes] = OrderedDict()
        self._size = size
        self._lock = Lock()

    def get(self, key: str) -> bytes | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: str, value: bytes) -> bytes:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return value


@dataclass
class WebState:
    """What the app holds; ``grader`` and ``workspace`` are None when a mode grades
    elsewhere and keeps no files (the team server), and ``learner_of`` names the learner of
    a request when it is not the ``learner`` setting."""

    settings: Settings
    curriculum: Curriculum
    grader: Grader | None
    store: ProgressStore
    drafts: Drafts
    results: Results
    workspace: Workspace | None
    templates: Environment
    statuses: StatusCache
    grading: Grading
    learner_of: LearnerOf | None = None
    exercise_panel: ExercisePanel | None = None
    cache: PageCache = field(default_factory=PageCache)
    graph: GraphLayout | None = None
    roadmap_keys: dict[str, RoadmapKey] = field(default_factory=dict)

    def exercise_dir(self, slug: str) -> Path | None:
        """The exercise's directory in the learner's workspace; None without a workspace."""
        if self.workspace is None or not self.workspace.exists():
            return None
        try:
            return self.workspace.exercise_dir(slug)
        except WorkspaceError:
            return None
