"""Which exercises changed: a watchfiles loop over the workspace's solution files.

watchfiles is imported when watching starts, not with the workspace package."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from pyhero.workspace._layout import BACKUP_DIR, MANIFEST, Workspace

__all__ = ["changed_exercises"]


def changed_exercises(
    workspace: Workspace,
    stop: threading.Event | None = None,
    debounce_ms: int = 30,
    step_ms: int = 10,
) -> Iterator[list[str]]:
    """Yield, after each burst of saves, the exercises whose solution files changed.

    Exercises come in the order their files were first touched; deletions are ignored.
    """
    from watchfiles import Change, watch

    ignored = {MANIFEST.parts[0], BACKUP_DIR}
    # Solution files that are not Python (a Dockerfile) are watched by name.
    other_names = {
        PurePosixPath(name).name
        for exercise in workspace.curriculum.exercises.values()
        for name in exercise.spec.solution_files
        if not name.endswith(".py")
    }

    def relevant(change: Change, path: str) -> bool:
        return (
            change != Change.deleted
            and (path.endswith(".py") or Path(path).name in other_names)
            and not ignored.intersection(Path(path).parts)
        )

    for changes in watch(
        workspace.root,
        watch_filter=relevant,
        debounce=debounce_ms,
        step=step_ms,
        stop_event=stop,
        raise_interrupt=True,
    ):
        slugs: list[str] = []
        for _change, path in sorted(changes, key=lambda item: item[1]):
            if workspace.is_solution_file(Path(path)):
                slug = workspace.resolve(Path(path))
                if slug is not None and slug not in slugs:
                    slugs.append(slug)
        if slugs:
            yield slugs
