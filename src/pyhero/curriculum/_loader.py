"""``load_curriculum``: read every file, check everything, raise all problems at once."""

from __future__ import annotations

from pathlib import Path

from pyhero.curriculum._curriculum import Curriculum
from pyhero.curriculum._environments import check_environments
from pyhero.curriculum._exercise_order import check_exercise_orders
from pyhero.curriculum._exercises import exercise_dirs, load_exercises
from pyhero.curriculum._models import Section, Topic
from pyhero.curriculum._parse import SectionFile, parse_section_file
from pyhero.curriculum._problems import ContentError, Problem
from pyhero.curriculum._validate import cross_check

__all__ = ["load_curriculum"]


def _section_files(curriculum_dir: Path, problems: list[Problem]) -> list[SectionFile]:
    if not curriculum_dir.is_dir():
        problems.append(Problem(curriculum_dir, "curriculum", "directory not found"))
        return []
    paths = sorted(curriculum_dir.glob("*.yaml"))
    if not paths:
        problems.append(Problem(curriculum_dir, "curriculum", "no section files (NN-slug.yaml)"))
    files = [parse_section_file(path, problems) for path in paths]
    files.sort(key=lambda f: (f.order, f.path.name))
    return files


def _build(files: list[SectionFile]) -> tuple[list[Section], list[Topic]]:
    sections: list[Section] = []
    topics: list[Topic] = []
    for file in files:
        assert file.section is not None  # only called when no problem was found
        sections.append(
            Section(
                slug=file.section.slug,
                title=file.section.title,
                summary=file.section.summary,
                order=file.order,
                topics=tuple(e.slug for e in file.entries if e.slug),
                file=file.path,
            )
        )
        for entry in file.entries:
            assert entry.topic is not None
            raw = entry.topic
            topics.append(
                Topic.model_construct(
                    slug=raw.slug,
                    title=raw.title,
                    section=file.section.slug,
                    level=raw.level,
                    summary=raw.summary,
                    key_points=tuple(raw.key_points),
                    quiz=tuple(raw.quiz),
                    prerequisites=tuple(raw.prerequisites),
                    resources=tuple(raw.resources),
                    reviewed=raw.reviewed,
                    exercise_order=tuple(raw.exercise_order),
                    index=len(topics),
                    file=file.path,
                )
            )
    return sections, topics


def load_curriculum(content_dir: Path | str, *, cache_dir: Path | None = None) -> Curriculum:
    """Load ``content_dir/curriculum/*.yaml`` and ``content_dir/exercises/*/``.

    Raises :class:`ContentError` listing every problem found, each naming file and field.
    With ``cache_dir``, a load is kept there and reused while none of the files it read has
    changed (paths in the result are then absolute).
    """
    if cache_dir is not None:
        from pyhero.curriculum._cache import load_cached

        return load_cached(Path(content_dir), cache_dir, _load)
    return _load(Path(content_dir))


def _load(content_dir: Path) -> Curriculum:
    problems: list[Problem] = []
    files = _section_files(content_dir / "curriculum", problems)
    problems += cross_check(files)
    slugs = {e.slug for f in files for e in f.entries if e.slug}
    slugs.update(slug for f in files for slug in f.salvaged)
    problems += check_environments(content_dir)
    exercises = load_exercises(content_dir / "exercises", slugs, problems)
    present = {directory.name for directory in exercise_dirs(content_dir / "exercises")}
    problems += check_exercise_orders(files, exercises, present)
    if problems:
        raise ContentError(problems)
    sections, topics = _build(files)
    return Curriculum(content_dir, sections, topics, exercises)
