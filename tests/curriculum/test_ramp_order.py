"""The beginner ramp comes first: a fresh learner starts at difficulty 1 and climbs the
foundational topics before the environment-setup exercises and the standard library."""

from __future__ import annotations

from pathlib import Path

import pytest
from curriculum_helpers import requires

from pyhero.curriculum import Curriculum, Exercise, load_curriculum
from pyhero.workspace import next_exercise

ROOT = Path(__file__).resolve().parents[2]

# topics a learner can read (or answer a quiz about) before knowing any Python
KNOWLEDGE_FREE = {"virtual-machines", "python-installation"}


@pytest.fixture(scope="module")
def real() -> Curriculum:
    return load_curriculum(ROOT / "content")


def section_of(cur: Curriculum, exercise: Exercise) -> str:
    return cur.topic(exercise.topic).section


def test_the_first_exercise_is_the_first_difficulty_one_ramp_exercise(real: Curriculum) -> None:
    first = real.exercise_order()[0]
    basics = real.topic("python-basics")
    assert (first.topic, first.difficulty) == ("python-basics", 1)
    assert first.slug == basics.exercise_order[0]


def test_next_on_a_fresh_workspace_is_the_first_exercise(real: Curriculum) -> None:
    assert next_exercise(real, {}) == real.exercise_order()[0]


def test_the_ramp_comes_before_the_standard_library(real: Curriculum) -> None:
    order = real.exercise_order()
    ramp = [i for i, e in enumerate(order) if section_of(real, e) == "general-tutorials"]
    stdlib = [i for i, e in enumerate(order) if section_of(real, e) == "standard-library"]
    assert len(ramp) >= 18
    assert stdlib, "the standard library has exercises to compare with"
    assert max(ramp) < min(stdlib)


def test_the_ramp_lists_every_basics_exercise_and_climbs(real: Curriculum) -> None:
    basics = real.topic_exercises("python-basics")
    assert [e.slug for e in basics] == list(real.topic("python-basics").exercise_order)
    difficulties = [e.difficulty for e in basics]
    assert difficulties == sorted(difficulties)
    assert difficulties.count(1) >= 7
    assert set(difficulties) <= {1, 2, 3}


def test_environment_setup_needs_the_basics_first(real: Curriculum) -> None:
    setup = real.section_topics("environment-setup")
    for topic in setup:
        if topic.slug in KNOWLEDGE_FREE:
            assert real.topic_exercises(topic.slug) == [], f"{topic.slug} needs no Python"
        else:
            assert {"python-basics", "functions"} <= requires(real, topic.slug), topic.slug


@pytest.mark.parametrize(
    ("topic", "after"),
    [
        ("functions", "python-basics"),
        ("classes-and-objects", "functions"),
        ("error-handling-basics", "functions"),
        ("files-and-io", "error-handling-basics"),
        ("modules-and-imports-basics", "functions"),
        ("iterators-and-generators", "files-and-io"),
        ("virtual-environments", "modules-and-imports-basics"),
        ("virtual-environments", "files-and-io"),
    ],
)
def test_foundational_topics_follow_the_basics(real: Curriculum, topic: str, after: str) -> None:
    assert after in requires(real, topic)
    order = [t.slug for t in real.learning_order()]
    assert order.index(after) < order.index(topic)
