"""The learner's code in the browser versus the workspace file: neither overwrites the other.

A *draft* is the browser's copy of the solution files, saved with the hash of the workspace
files it started from (``base``). When the workspace files change after that (the learner
edited them in a terminal), :func:`editor_code` reports a conflict with both versions instead
of silently picking one. A draft begun before there was a workspace (``base`` None) meets
no conflict from the starter files ``pyhero init`` writes later: nothing was edited there.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from pyhero.exercise import ExerciseSpec
from pyhero.progress import code_hash
from pyhero.workspace import Workspace

__all__ = [
    "Draft",
    "DraftStore",
    "EditorCode",
    "LearnerFiles",
    "atomic_write",
    "editor_code",
    "learner_file",
    "read_workspace",
    "starter_files",
    "workspace_hash",
    "write_workspace",
]

_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


class Draft(BaseModel):
    """The browser copy of one exercise's solution files."""

    model_config = ConfigDict(frozen=True)

    files: dict[str, str]
    base: str | None
    saved_at: datetime


def read_workspace(directory: Path | None, spec: ExerciseSpec) -> dict[str, str] | None:
    """The solution files in the exercise's workspace directory; None when there are none."""
    if directory is None:
        return None
    files: dict[str, str] = {}
    for name in spec.solution_files:
        try:
            files[name] = (directory / name).read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            continue
        except (OSError, UnicodeDecodeError):
            files[name] = ""
    return files or None


def workspace_hash(files: dict[str, str] | None) -> str | None:
    return None if files is None else code_hash(files)


def write_workspace(directory: Path, spec: ExerciseSpec, files: dict[str, str]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        if name in spec.solution_files:
            atomic_write(directory / name, text)


def atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def learner_file(root: Path, learner: str, exercise: str) -> Path:
    """``<root>/<learner>/<exercise>.json`` with both names made safe as file names."""
    return root / _SAFE.sub("_", learner) / f"{_SAFE.sub('_', exercise)}.json"


class LearnerFiles:
    """One JSON file per learner and exercise, under ``<workspace>/.pyhero/<kind>/`` when
    there is a workspace, else under ``elsewhere`` (never a workspace-like directory made
    just for them).  Files written before the workspace existed are still read."""

    def __init__(self, workspace: Workspace, elsewhere: Path, kind: str) -> None:
        self.workspace = workspace
        self.elsewhere = elsewhere
        self.kind = kind

    @property
    def root(self) -> Path:
        if self.workspace.exists():
            return self.workspace.root / ".pyhero" / self.kind
        return self.elsewhere

    def path(self, learner: str, exercise: str) -> Path:
        """Where the file is written."""
        return learner_file(self.root, learner, exercise)

    def read(self, learner: str, exercise: str) -> str:
        """The file's text, from the workspace or, failing that, from ``elsewhere``."""
        try:
            return self.path(learner, exercise).read_text(encoding="utf-8")
        except FileNotFoundError:
            if self.root == self.elsewhere:
                raise
            return learner_file(self.elsewhere, learner, exercise).read_text(encoding="utf-8")

    def discard(self, learner: str, exercise: str) -> None:
        for root in {self.root, self.elsewhere}:
            learner_file(root, learner, exercise).unlink(missing_ok=True)


class DraftStore:
    """Drafts as small JSON files (see :class:`LearnerFiles`)."""

    def __init__(self, workspace: Workspace, elsewhere: Path) -> None:
        self.files = LearnerFiles(workspace, elsewhere, "drafts")

    def load(self, learner: str, exercise: str) -> Draft | None:
        try:
            raw = self.files.read(learner, exercise)
            return Draft.model_validate(json.loads(raw))
        except (OSError, ValueError, ValidationError):
            return None

    def save(self, learner: str, exercise: str, files: dict[str, str], base: str | None) -> Draft:
        draft = Draft(files=files, base=base, saved_at=datetime.now(UTC))
        atomic_write(self.files.path(learner, exercise), draft.model_dump_json())
        return draft

    def discard(self, learner: str, exercise: str) -> None:
        self.files.discard(learner, exercise)


@dataclass(frozen=True, slots=True)
class EditorCode:
    """What the editor opens with, and the two versions when they disagree."""

    files: dict[str, str]
    base: str | None
    source: str  # "draft", "workspace", "attempt" or "starter"
    conflict_workspace: dict[str, str] | None = None

    @property
    def conflict(self) -> bool:
        return self.conflict_workspace is not None


def editor_code(
    spec: ExerciseSpec,
    workspace: dict[str, str] | None,
    draft: Draft | None,
    last_attempt: dict[str, str] | None,
) -> EditorCode:
    """Pick the editor's code: the draft unless the workspace moved on since it started."""
    current = workspace_hash(workspace)
    if draft is not None:
        if (
            workspace is None
            or draft.base == current
            or draft.files == workspace
            or (draft.base is None and _complete(spec, workspace) == starter_files(spec))
        ):
            base = current if workspace is not None else draft.base
            return EditorCode(_complete(spec, draft.files), base, "draft")
        return EditorCode(
            _complete(spec, draft.files), draft.base, "draft", conflict_workspace=workspace
        )
    if workspace is not None:
        return EditorCode(_complete(spec, workspace), current, "workspace")
    if last_attempt:
        return EditorCode(_complete(spec, last_attempt), None, "attempt")
    return EditorCode(_complete(spec, {}), None, "starter")


def starter_files(spec: ExerciseSpec) -> dict[str, str]:
    """The exercise's starter stubs, by solution file name."""
    return _complete(spec, {})


def _complete(spec: ExerciseSpec, files: dict[str, str]) -> dict[str, str]:
    """Every solution file, in config order; missing ones from the starter stub."""
    result: dict[str, str] = {}
    for name in spec.solution_files:
        if name in files:
            result[name] = files[name]
        else:
            try:
                result[name] = (spec.path / name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                result[name] = ""
    return result
