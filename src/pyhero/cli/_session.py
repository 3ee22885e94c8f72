"""A learner's session in the terminal: settings, curriculum, progress and workspace at
hand, and every failure turned into a message with a way out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.text import Text

from pyhero.cli._loading import load_or_exit
from pyhero.config import Settings, get_settings
from pyhero.curriculum import Curriculum
from pyhero.progress import ProgressReader, Status, StoreError, open_reader, open_store
from pyhero.workspace import Workspace, WorkspaceError, exercise_statuses, locate_workspace

if TYPE_CHECKING:
    from pyhero.grading import Grader
    from pyhero.progress import ProgressStore

__all__ = [
    "LearnerSession",
    "LearnerView",
    "fail",
    "learner_session",
    "learner_view",
    "shown",
    "slug_of",
    "started_grader",
]

Progress = TypeVar("Progress", bound=ProgressReader)


@dataclass
class LearnerView:
    """What a command that only shows progress needs (it reads the store, never writes)."""

    settings: Settings
    curriculum: Curriculum
    store: ProgressReader
    workspace: Workspace

    @property
    def learner(self) -> str:
        return self.settings.learner

    def statuses(self) -> dict[str, Status]:
        return exercise_statuses(self.curriculum, self.store.progress(self.learner))


@dataclass
class LearnerSession(LearnerView):
    """A session that records: attempts, hints, imports."""

    store: ProgressStore

    def grader(self, workers: int | None = None) -> Grader:
        from pyhero.grading import Grader

        return Grader(
            workers=workers if workers is not None else self.settings.grader_workers or None,
            isolation=self.settings.grader_isolation,
        )


def fail(message: str, way_out: str | None = None, code: int = 1) -> NoReturn:
    err = Console(stderr=True)
    err.print(Text(message, style="bold red"), soft_wrap=True)
    if way_out:
        err.print(way_out, markup=False, soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def _failures_as_messages() -> Iterator[None]:
    """Store, workspace and file errors end the command with a message, not a traceback."""
    try:
        yield
    except StoreError as exc:
        fail(exc.message, exc.way_out, code=2)
    except WorkspaceError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.filename or 'A file'}: {exc.strerror or exc}")


def _workspace(settings: Settings, curriculum: Curriculum, need_workspace: bool) -> Workspace:
    workspace = Workspace(locate_workspace(settings.workspace_dir), curriculum)
    if need_workspace and not workspace.exists():
        fail(f"No pyhero workspace at {workspace.root}.", "Create one with: pyhero init")
    return workspace


@contextmanager
def _opened(
    need_workspace: bool, open_progress: Callable[[str], Progress]
) -> Iterator[tuple[Settings, Curriculum, Progress, Workspace]]:
    settings = get_settings()
    curriculum = load_or_exit()
    workspace = _workspace(settings, curriculum, need_workspace)
    with _failures_as_messages():
        progress = open_progress(settings.database_url)
        try:
            yield settings, curriculum, progress, workspace
        finally:
            progress.close()


@contextmanager
def learner_view(need_workspace: bool = False) -> Iterator[LearnerView]:
    """Curriculum, workspace and the learner's progress, read-only (fast to open)."""
    with _opened(need_workspace, open_reader) as parts:
        yield LearnerView(*parts)


@contextmanager
def learner_session(need_workspace: bool = True) -> Iterator[LearnerSession]:
    """Curriculum, store and workspace, the learner registered in the store."""
    with _opened(need_workspace, open_store) as (settings, curriculum, store, workspace):
        store.ensure_learner(settings.learner)
        yield LearnerSession(settings, curriculum, store, workspace)


@contextmanager
def started_grader(session: LearnerSession, workers: int | None = None) -> Iterator[Grader]:
    """The session's grader, warmed up behind a spinner (when standard error is a terminal);
    a grader failure ends the command with its message."""
    from pyhero.grading import GraderError

    err = Console(stderr=True)
    try:
        with err.status("Starting the grader…") if err.is_terminal else nullcontext():
            grader = session.grader(workers)
        with grader:
            yield grader
    except GraderError as exc:
        fail(f"The grader failed: {exc}", "See docs/grader.md (isolation, limits).", code=2)


def shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def slug_of(session: LearnerView, target: str | None) -> str:
    """An exercise slug from a slug, a path inside the workspace, or the current directory."""
    if target is not None and target in session.curriculum.exercises:
        return target
    path = Path(target) if target is not None else Path.cwd()
    slug = session.workspace.resolve(path) if path.exists() else None
    if slug is not None:
        return slug
    if target is None:
        fail("Name an exercise (or run this inside an exercise's directory).", "See: pyhero list")
    return session.workspace.exercise(target).slug  # raises with suggestions
