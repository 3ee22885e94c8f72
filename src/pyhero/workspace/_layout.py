"""A learner's workspace on disk: exercises laid out by section, a manifest, resets.

``<root>/<NN>-<section>/<exercise>/`` holds the stub(s), the visible tests and a README with
the instructions. ``.meta/`` (reference solution, hidden tests) is never copied. The
manifest ``<root>/.pyhero/workspace.json`` maps each exercise slug to its directory.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from pyhero.curriculum import Curriculum, Exercise

__all__ = [
    "MANIFEST",
    "InitReport",
    "Workspace",
    "WorkspaceError",
    "find_workspace",
    "locate_workspace",
]

MANIFEST = Path(".pyhero") / "workspace.json"
BACKUP_DIR = ".backup"


class WorkspaceError(Exception):
    """A workspace problem the learner can fix; the message says how."""


@dataclass
class InitReport:
    added: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    restored_files: list[Path] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    """Exercises whose content could not be read (slug -> reason); added on a later run."""


def find_workspace(start: Path) -> Path | None:
    """The nearest directory at or above ``start`` that holds a workspace manifest."""
    start = start.resolve()
    for directory in (start, *start.parents):
        if (directory / MANIFEST).is_file():
            return directory
    return None


def locate_workspace(configured: Path, start: Path | None = None) -> Path:
    """The workspace to use: ``configured`` (``~`` expanded) when it holds a manifest, else
    the nearest one at or above ``start`` (default: the current directory), else
    ``configured`` all the same."""
    configured = configured.expanduser()
    if (configured / MANIFEST).is_file():
        return configured
    return find_workspace(start if start is not None else Path.cwd()) or configured


def _write_new(path: Path, text: str) -> bool:
    """Create ``path`` with ``text`` unless it exists; never overwrites (safe under races)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        return False
    return True


def _readme(exercise: Exercise) -> str:
    body = exercise.spec.instructions() or f"# {exercise.title}"
    return (
        f"{body}\n\n---\n\nEdit {', '.join(exercise.spec.solution_files)}, then run "
        f"`pyhero check {exercise.slug}` (or keep `pyhero watch` running). "
        f"Stuck? `pyhero hint {exercise.slug}`.\n"
    )


class Workspace:
    """The workspace at ``root`` for the exercises of ``curriculum``."""

    def __init__(self, root: Path, curriculum: Curriculum) -> None:
        self.root = root.resolve()
        self.curriculum = curriculum

    @property
    def manifest_path(self) -> Path:
        return self.root / MANIFEST

    def exists(self) -> bool:
        return self.manifest_path.is_file()

    def _manifest(self) -> dict[str, str]:
        if not self.exists():
            return {}
        problem = "'exercises' must be an object"
        try:
            raw = json.loads(self.manifest_path.read_text(encoding="utf-8"))
            exercises = raw.get("exercises") if isinstance(raw, dict) else None
        except (OSError, ValueError) as exc:
            exercises, problem = None, str(exc)
        if not isinstance(exercises, dict):
            raise WorkspaceError(
                f"{self.manifest_path}: unreadable workspace manifest ({problem}). "
                "Delete it and run `pyhero init` again: your files are kept."
            )
        return {str(slug): str(rel) for slug, rel in exercises.items()}

    def _save_manifest(self, exercises: dict[str, str]) -> None:
        self.manifest_path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"format": "pyhero-workspace", "version": 1, "exercises": exercises}
        fd, tmp = tempfile.mkstemp(dir=self.manifest_path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, indent=2, sort_keys=True)
            handle.write("\n")
        os.replace(tmp, self.manifest_path)

    def default_dir(self, exercise: Exercise) -> str:
        section = self.curriculum.section(self.curriculum.topics[exercise.topic].section)
        return f"{section.order:02d}-{section.slug}/{exercise.slug}"

    def exercise(self, slug: str) -> Exercise:
        found = self.curriculum.exercises.get(slug)
        if found is None:
            import difflib

            close = difflib.get_close_matches(slug, list(self.curriculum.exercises), n=3)
            hint = f" Did you mean: {', '.join(close)}?" if close else ""
            raise WorkspaceError(f"No exercise {slug!r}.{hint} See `pyhero list`.")
        return found

    def exercise_dir(self, slug: str) -> Path:
        exercise = self.exercise(slug)
        return self.root / self._manifest().get(slug, self.default_dir(exercise))

    def init(self) -> InitReport:
        """Add every exercise not there yet; restore missing files; overwrite nothing."""
        report = InitReport()
        manifest = self._manifest()
        for exercise in self.curriculum.exercise_order():
            source = exercise.spec.path
            try:
                files = {
                    name: (source / name).read_text(encoding="utf-8")
                    for name in (
                        *exercise.spec.solution_files,
                        *exercise.spec.test_files,
                        *exercise.spec.editor_files,
                    )
                }
                files["README.md"] = _readme(exercise)
            except (OSError, UnicodeDecodeError) as exc:
                report.skipped[exercise.slug] = str(exc)
                continue
            fresh = exercise.slug not in manifest
            relative = manifest.setdefault(exercise.slug, self.default_dir(exercise))
            (report.added if fresh else report.kept).append(exercise.slug)
            for name, text in files.items():
                if _write_new(self.root / relative / name, text) and not fresh:
                    report.restored_files.append(self.root / relative / name)
        self._save_manifest(manifest)
        return report

    def resolve(self, path: Path) -> str | None:
        """The exercise whose directory holds ``path`` (a file or directory), if any."""
        try:
            relative = path.resolve().relative_to(self.root)
        except ValueError:
            return None
        for slug, directory in self._manifest().items():
            parts = Path(directory).parts
            if relative.parts[: len(parts)] == parts:
                return slug
        return None

    def is_solution_file(self, path: Path) -> bool:
        slug = self.resolve(path)
        if slug is None:
            return False
        base = self.exercise_dir(slug)
        names = {base / name for name in self.exercise(slug).spec.solution_files}
        return path.resolve() in names

    def solution_files(self, slug: str) -> dict[str, str]:
        """The learner's current solution files, as the grader takes them."""
        base = self.exercise_dir(slug)
        files: dict[str, str] = {}
        for name in self.exercise(slug).spec.solution_files:
            try:
                files[name] = (base / name).read_text(encoding="utf-8")
            except FileNotFoundError:
                raise WorkspaceError(
                    f"{base / name} is missing. Run `pyhero init` to restore the stub, or "
                    f"`pyhero reset {slug}`."
                ) from None
            except (OSError, UnicodeDecodeError) as exc:
                raise WorkspaceError(f"{base / name}: cannot be read ({exc}).") from exc
        return files

    def reset(self, slug: str, now: datetime | None = None) -> list[Path]:
        """Put the stub back; the learner's files go to a timestamped backup (returned)."""
        exercise = self.exercise(slug)
        base = self.exercise_dir(slug)
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
        backups: list[Path] = []
        for name in exercise.spec.solution_files:
            current = base / name
            if current.is_file():
                backup = base / BACKUP_DIR / stamp / name
                backup.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(current, backup)
                backups.append(backup)
            stub = (exercise.spec.path / name).read_text(encoding="utf-8")
            current.parent.mkdir(parents=True, exist_ok=True)
            current.write_text(stub, encoding="utf-8")
        return backups

    def reference_solution(self, slug: str) -> dict[str, str]:
        """The reference solution, each file under the name of the solution file it stands
        for (``.meta/example.py`` is shown as ``greet.py``); callers show it only once the
        exercise is done."""
        spec = self.exercise(slug).spec
        references = spec.reference_files
        names = [*spec.solution_files[: len(references)]]
        names += [PurePosixPath(extra).name for extra in references[len(names) :]]
        return {
            name: (spec.path / reference).read_text(encoding="utf-8")
            for name, reference in zip(names, references, strict=True)
        }
