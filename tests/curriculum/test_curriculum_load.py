"""Loading the valid fixture curriculum and querying it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from curriculum_helpers import VALID, copy_valid, edit_yaml

from pyhero.curriculum import (
    ContentError,
    Curriculum,
    Level,
    ResourceKind,
    UnknownTopicError,
    load_curriculum,
)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return copy_valid(tmp_path)


@pytest.fixture(scope="module")
def cur() -> Curriculum:
    return load_curriculum(VALID)


def test_sections_in_file_order_with_their_topics(cur: Curriculum) -> None:
    assert [s.slug for s in cur.sections] == ["basics", "tooling"]
    assert [s.order for s in cur.sections] == [1, 2]
    assert cur.sections[0].topics == ("variables", "decorators", "functions")
    assert cur.sections[1].title == "Tooling"
    assert cur.sections[1].file == VALID / "curriculum" / "02-tooling.yaml"


def test_topics_keep_index_order_and_fields(cur: Curriculum) -> None:
    assert list(cur.topics) == ["variables", "decorators", "functions", "testing", "packaging"]
    assert [t.index for t in cur.topics.values()] == [0, 1, 2, 3, 4]
    decorators = cur.topic("decorators")
    assert decorators.section == "basics"
    assert decorators.level is Level.ADVANCED
    assert decorators.prerequisites == ("functions", "testing")
    assert decorators.key_points == ("functools.wraps keeps the metadata",)
    (resource,) = decorators.resources
    assert resource.kind is ResourceKind.ARTICLE
    assert resource.credit == "somebody"
    assert resource.note == "long but thorough"
    assert cur.topic("packaging").prerequisites == ()


def test_learning_order_is_topological_with_index_tie_break(cur: Curriculum) -> None:
    order = [t.slug for t in cur.learning_order()]
    # decorators (index 1) must wait for testing (index 3); packaging has no prerequisite but
    # comes last in index order, so it waits behind the unlocked decorators.
    assert order == ["variables", "functions", "testing", "decorators", "packaging"]


def test_exercises_by_topic_and_in_learning_order(cur: Curriculum) -> None:
    assert sorted(cur.exercises) == ["count-words", "greet-user", "shout"]
    shout = cur.exercises["shout"]
    assert (shout.title, shout.topic, shout.difficulty) == ("Shout", "functions", 1)
    assert shout.spec.solution_files == ("shout.py",)
    assert [e.slug for e in cur.topic_exercises("functions")] == ["shout", "greet-user"]
    assert cur.topic_exercises("packaging") == []
    assert [e.slug for e in cur.exercise_order()] == ["count-words", "shout", "greet-user"]


def test_unknown_topic_suggests_close_slugs(cur: Curriculum) -> None:
    with pytest.raises(UnknownTopicError) as caught:
        cur.topic("decorator")
    assert caught.value.suggestions == ["decorators"]
    assert isinstance(caught.value, KeyError)
    assert "did you mean decorators" in str(caught.value)
    assert cur.suggest("test") == ["testing"]
    assert cur.suggest("Unit testing with pytest") == ["testing"]
    assert cur.suggest("zzzz") == []


def test_dependents_and_section_topics(cur: Curriculum) -> None:
    assert [t.slug for t in cur.dependents("variables")] == ["functions", "testing"]
    assert [t.slug for t in cur.section_topics("tooling")] == ["testing", "packaging"]


def test_stats_count_everything(cur: Curriculum) -> None:
    stats = cur.stats()
    assert (stats.sections, stats.topics, stats.resources) == (2, 5, 6)
    assert stats.distinct_urls == 5  # the decorators primer serves two topics
    assert stats.edges == 4
    assert stats.exercises == 3


def test_exercises_dir_may_be_missing(content: Path) -> None:
    shutil.rmtree(content / "exercises")
    cur = load_curriculum(content)
    assert cur.exercises == {}
    assert cur.exercise_order() == []


def test_missing_content_dir_is_a_content_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as caught:
        load_curriculum(tmp_path / "nowhere")
    (problem,) = caught.value.problems
    assert problem.file == tmp_path / "nowhere" / "curriculum"
    assert problem.message == "directory not found"


def test_curriculum_dir_without_section_files(tmp_path: Path) -> None:
    (tmp_path / "curriculum").mkdir()
    with pytest.raises(ContentError) as caught:
        load_curriculum(tmp_path)
    assert "no section files" in caught.value.problems[0].message


def test_exercise_order_sorts_exercises_of_equal_difficulty(content: Path) -> None:
    config = content / "exercises" / "greet-user" / ".meta" / "config.json"
    config.write_text(config.read_text("utf-8").replace('"difficulty": 2', '"difficulty": 1'))
    by_slug = load_curriculum(content)
    assert [e.slug for e in by_slug.topic_exercises("functions")] == ["greet-user", "shout"]

    edit_yaml(content, "01-basics.yaml", list_functions_exercises(["shout", "greet-user"]))
    listed = load_curriculum(content)
    assert listed.topic("functions").exercise_order == ("shout", "greet-user")
    assert [e.slug for e in listed.topic_exercises("functions")] == ["shout", "greet-user"]
    assert [e.slug for e in listed.exercise_order()] == ["count-words", "shout", "greet-user"]


def test_difficulty_comes_before_the_listed_order_and_unlisted_ones_follow(
    content: Path,
) -> None:
    edit_yaml(content, "01-basics.yaml", list_functions_exercises(["greet-user"]))
    # the listed greet-user (2) is harder than shout (1): difficulty decides first
    cur = load_curriculum(content)
    assert [e.slug for e in cur.topic_exercises("functions")] == ["shout", "greet-user"]
    config = content / "exercises" / "greet-user" / ".meta" / "config.json"
    config.write_text(config.read_text("utf-8").replace('"difficulty": 2', '"difficulty": 1'))
    edit_yaml(content, "01-basics.yaml", list_functions_exercises(["shout"]))
    # equal difficulty: the listed shout first, then the others by slug
    cur = load_curriculum(content)
    assert [e.slug for e in cur.topic_exercises("functions")] == ["shout", "greet-user"]


def list_functions_exercises(slugs: list[str]) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        functions = next(t for t in data["topics"] if t["slug"] == "functions")
        functions["exercise_order"] = slugs

    return change
