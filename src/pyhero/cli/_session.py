"""A learner's session in the terminal: settings, curriculum, store and workspace at hand,
and every failure turned into a message with a way out."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from pyhero.cli.curriculum import load_or_exit
from pyhero.config import Settings, get_settings
from pyhero.curriculum import Curriculum
from pyhero.grading import Grader, GraderError
from pyhero.progress import Status, StoreError, open_store
from pyhero.workspace import Workspace, WorkspaceError, exercise_statuses, locate_workspace

if TYPE_CHECKING:
    from pyhero.progress import ProgressStore

__all__ = ["LearnerSession", "fail", "learner_session", "shown", "slug_of"]


@dataclass
class LearnerSession:
    settings: Settings
    curriculum: Curriculum
    store: ProgressStore
    workspace: Workspace

    @property
    def learner(self) -> str:
        return self.settings.learner

    def statuses(self) -> dict[str, Status]:
        return exercise_statuses(self.curriculum, self.store.progress(self.learner))

    def grader(self, workers: int | None = None) -> Grader:
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
def learner_session(need_workspace: bool = True) -> Iterator[LearnerSession]:
    """Curriculum, store and workspace; any store, workspace or grader error ends the
    command with its message and way out, never a traceback."""
    settings = get_settings()
    curriculum = load_or_exit(settings.content_dir)
    workspace = Workspace(locate_workspace(settings.workspace_dir), curriculum)
    if need_workspace and not workspace.exists():
        fail(f"No pyhero workspace at {workspace.root}.", "Create one with: pyhero init")
    try:
        store = open_store(settings.database_url)
    except StoreError as exc:
        fail(exc.message, exc.way_out, code=2)
    try:
        store.ensure_learner(settings.learner)
        yield LearnerSession(settings, curriculum, store, workspace)
    except StoreError as exc:
        fail(exc.message, exc.way_out, code=2)
    except WorkspaceError as exc:
        fail(str(exc))
    except GraderError as exc:
        fail(f"The grader failed: {exc}", "See docs/grader.md (isolation, limits).", code=2)
    except OSError as exc:
        fail(f"{exc.filename or 'A file'}: {exc.strerror or exc}")
    finally:
        store.close()


def shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def slug_of(session: LearnerSession, target: str | None) -> str:
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
