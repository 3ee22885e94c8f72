"""Every kind of content problem is reported, naming the file and the field or slug at fault."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from curriculum_helpers import copy_valid, edit_yaml

from pyhero.curriculum import ContentError, Problem, load_curriculum

BASICS = "01-basics.yaml"
TOOLING = "02-tooling.yaml"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return copy_valid(tmp_path)


def problems_of(content: Path) -> list[Problem]:
    with pytest.raises(ContentError) as caught:
        load_curriculum(content)
    return caught.value.problems


def only_problem(content: Path) -> Problem:
    found = problems_of(content)
    assert len(found) == 1, found
    return found[0]


def topic(data: Any, slug: str) -> dict[str, Any]:
    return next(t for t in data["topics"] if t["slug"] == slug)


def test_problem_str_is_file_location_message() -> None:
    problem = Problem(Path("c/01-a.yaml"), "topics[x].level", "bad")
    assert str(problem) == "c/01-a.yaml: topics[x].level: bad"


def test_yaml_syntax_error_names_the_line(content: Path) -> None:
    path = content / "curriculum" / TOOLING
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = "  summary: [unclosed"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problem = only_problem(content)
    assert problem.file == path
    assert problem.location.startswith("line 5,")
    assert problem.message.startswith("YAML syntax error")
    # the slugs of the broken file are salvaged: no spurious "unknown prerequisite testing"


def test_missing_field(content: Path) -> None:
    path = edit_yaml(content, BASICS, lambda d: topic(d, "functions").pop("title"))
    assert only_problem(content) == Problem(
        path, "topics[functions].title", "missing required field"
    )


def test_missing_field_without_slug_uses_the_position(content: Path) -> None:
    path = edit_yaml(content, TOOLING, lambda d: d["topics"][1].pop("slug"))
    assert only_problem(content) == Problem(path, "topics[1].slug", "missing required field")


def test_unknown_fields_everywhere(content: Path) -> None:
    def change(data: Any) -> None:
        data["sections"] = []
        data["section"]["colour"] = "red"
        topic(data, "variables")["colour"] = "red"
        topic(data, "variables")["resources"][0]["author"] = "me"

    path = edit_yaml(content, BASICS, change)
    found = {p.location: p for p in problems_of(content)}
    assert set(found) == {
        "sections",
        "section.colour",
        "topics[variables].colour",
        "topics[variables].resources[0].author",
    }
    assert all(p.file == path for p in found.values())
    assert all(p.message.startswith("unknown field (allowed: ") for p in found.values())
    assert "credit" in found["topics[variables].resources[0].author"].message
    assert "key_points" in found["topics[variables].colour"].message


def test_unknown_prerequisite(content: Path) -> None:
    path = edit_yaml(
        content, TOOLING, lambda d: topic(d, "testing")["prerequisites"].append("function")
    )
    assert only_problem(content) == Problem(
        path,
        "topics[testing].prerequisites",
        "unknown prerequisite 'function' (did you mean 'functions'?)",
    )


def test_prerequisite_cycle_is_printed(content: Path) -> None:
    path = edit_yaml(
        content, BASICS, lambda d: topic(d, "functions").update(prerequisites=["decorators"])
    )
    assert only_problem(content) == Problem(
        path,
        "topics[decorators].prerequisites",
        "prerequisite cycle: decorators -> functions -> decorators",
    )


def test_cycle_across_files_and_self_loop(content: Path) -> None:
    edit_yaml(content, BASICS, lambda d: topic(d, "variables").update(prerequisites=["testing"]))
    tooling = edit_yaml(
        content, TOOLING, lambda d: topic(d, "packaging").update(prerequisites=["packaging"])
    )
    found = problems_of(content)
    assert [p.message for p in found] == [
        "prerequisite cycle: variables -> testing -> variables",
        "prerequisite cycle: packaging -> packaging",
    ]
    assert found[1].file == tooling


def test_prerequisite_listed_twice(content: Path) -> None:
    path = edit_yaml(
        content, BASICS, lambda d: topic(d, "functions").update(prerequisites=["variables"] * 2)
    )
    assert only_problem(content) == Problem(
        path, "topics[functions].prerequisites", "'variables' is listed twice"
    )


def test_duplicate_topic_slug_names_both_files(content: Path) -> None:
    basics = content / "curriculum" / BASICS
    tooling = edit_yaml(content, TOOLING, lambda d: d["topics"][1].update(slug="functions"))
    found = problems_of(content)
    assert [(p.file, p.location) for p in found] == [
        (basics, "topics[functions].slug"),
        (tooling, "topics[functions].slug"),
    ]
    assert str(tooling) in found[0].message
    assert str(basics) in found[1].message
    assert found[0].message.startswith("duplicate topic slug 'functions'")


def test_duplicate_section_slug(content: Path) -> None:
    edit_yaml(content, TOOLING, lambda d: d["section"].update(slug="basics"))
    shutil.move(content / "curriculum" / TOOLING, content / "curriculum" / "02-basics.yaml")
    found = problems_of(content)
    assert [(p.file.name, p.location) for p in found] == [
        (BASICS, "section.slug"),
        ("02-basics.yaml", "section.slug"),
    ]
    assert all("duplicate section slug 'basics'" in p.message for p in found)


@pytest.mark.parametrize(
    "url",
    ["ftp://example.com/x", "https://", "example.com/page", "https://exa mple.com", "mailto:a@b.c"],
)
def test_malformed_url(content: Path, url: str) -> None:
    path = edit_yaml(
        content, TOOLING, lambda d: topic(d, "testing")["resources"][1].update(url=url)
    )
    problem = only_problem(content)
    assert (problem.file, problem.location) == (path, "topics[testing].resources[1].url")
    assert problem.message.startswith(f"malformed URL {url!r}")


def test_unknown_level_and_kind(content: Path) -> None:
    def change(data: Any) -> None:
        topic(data, "packaging")["level"] = "expert"
        topic(data, "packaging")["resources"][0]["kind"] = "podcast"

    path = edit_yaml(content, TOOLING, change)
    level, kind = problems_of(content)
    assert (level.file, level.location) == (path, "topics[packaging].level")
    assert level.message.startswith("unknown level 'expert': expected 'beginner'")
    assert (kind.file, kind.location) == (path, "topics[packaging].resources[0].kind")
    assert kind.message.startswith("unknown kind 'podcast': expected 'docs'")


@pytest.mark.parametrize("summary", [None, "", "   "])
def test_missing_or_empty_summary(content: Path, summary: str | None) -> None:
    def change(data: Any) -> None:
        if summary is None:
            del data["section"]["summary"]
        else:
            data["section"]["summary"] = summary

    path = edit_yaml(content, TOOLING, change)
    problem = only_problem(content)
    assert (problem.file, problem.location) == (path, "section.summary")
    expected = "missing required field" if summary is None else "must not be empty"
    assert problem.message == expected


def test_empty_section(content: Path) -> None:
    path = edit_yaml(content, TOOLING, lambda d: d.update(topics=[]))
    found = problems_of(content)
    assert Problem(path, "topics", "the section has no topics") in found
    # testing disappeared with it: its dependants now name an unknown prerequisite
    assert {p.location for p in found} == {"topics", "topics[decorators].prerequisites"}


def test_bad_slug_and_file_name(content: Path) -> None:
    path = edit_yaml(content, BASICS, lambda d: topic(d, "variables").update(slug="Variables_1"))
    shutil.copy(path, content / "curriculum" / "basics-extra.yaml")
    found = {(p.file.name, p.location) for p in problems_of(content)}
    assert (BASICS, "topics[Variables_1].slug") in found
    assert ("basics-extra.yaml", "file name") in found


def test_section_slug_must_match_file_name(content: Path) -> None:
    path = edit_yaml(content, TOOLING, lambda d: d["section"].update(slug="tools"))
    problem = only_problem(content)
    assert (problem.file, problem.location) == (path, "section.slug")
    assert "expected 02-tools.yaml" in problem.message


def test_file_that_is_not_a_mapping(content: Path) -> None:
    path = content / "curriculum" / TOOLING
    path.write_text("- just\n- a list\n", encoding="utf-8")
    assert Problem(path, "<root>", "must be a mapping of section and topics, is a list") in (
        problems_of(content)
    )


def write_config(content: Path, slug: str, config: Any) -> Path:
    path = content / "exercises" / slug / ".meta" / "config.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(config) if not isinstance(config, str) else config, "utf-8")
    return path


def shout_config(content: Path) -> Any:
    return json.loads((content / "exercises/shout/.meta/config.json").read_text("utf-8"))


def test_exercise_with_unknown_topic(content: Path) -> None:
    config = shout_config(content)
    config["pyhero"]["topic"] = "decorator"
    path = write_config(content, "shout", config)
    assert only_problem(content) == Problem(
        path, "pyhero.topic", "unknown topic 'decorator' (did you mean 'decorators'?)"
    )


def test_exercise_without_topic_or_difficulty(content: Path) -> None:
    config = shout_config(content)
    del config["pyhero"]["topic"], config["pyhero"]["difficulty"]
    path = write_config(content, "shout", config)
    assert [(p.file, p.location) for p in problems_of(content)] == [
        (path, "pyhero.topic"),
        (path, "pyhero.difficulty"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{not json", "cannot be read as JSON"),
        ('{"files": {"solution": ["a.py"]}}', "files.test: Field required"),
        (
            '{"files": {"solution": ["a.py"], "test": ["t.py"]}, "pyhero": {"difficulty": 11}}',
            "pyhero.difficulty: Input should be less than or equal to 10",
        ),
    ],
)
def test_exercise_config_errors(content: Path, text: str, expected: str) -> None:
    path = write_config(content, "shout", text)
    problem = only_problem(content)
    assert (problem.file, problem.location) == (path, "shout")
    assert expected in problem.message
    assert not problem.message.startswith(str(path))


def test_directory_that_is_not_an_exercise(content: Path) -> None:
    (content / "exercises" / "empty-one").mkdir()
    problem = only_problem(content)
    assert (problem.file, problem.location) == (content / "exercises" / "empty-one", "empty-one")
    assert "not an exercise" in problem.message


def test_duplicate_exercise_slug(content: Path) -> None:
    shutil.copytree(content / "exercises" / "greet-user", content / "exercises" / "greet_user")
    found = problems_of(content)
    clash = content / "exercises" / "greet_user" / ".meta" / "config.json"
    assert [(p.file, p.location) for p in found] == [(clash, "greet_user"), (clash, "greet_user")]
    assert {p.message for p in found} == {
        "the directory name must be a kebab-case slug",
        "duplicate exercise slug: same as 'greet-user'",
    }


def test_every_problem_is_reported_at_once(content: Path) -> None:
    def break_basics(data: Any) -> None:
        topic(data, "variables")["level"] = "guru"
        topic(data, "functions")["prerequisites"] = ["nothing-here"]

    edit_yaml(content, BASICS, break_basics)
    edit_yaml(content, TOOLING, lambda d: topic(d, "testing").pop("summary"))
    config = shout_config(content)
    config["pyhero"]["topic"] = "nowhere"
    write_config(content, "shout", config)
    found = problems_of(content)
    assert [p.location for p in found] == [
        "topics[variables].level",
        "topics[functions].prerequisites",
        "topics[testing].summary",
        "pyhero.topic",
    ]
    with pytest.raises(ContentError, match="4 content problems"):
        load_curriculum(content)


def test_duplicate_yaml_key_is_an_error_not_an_overwrite(content: Path) -> None:
    path = content / "curriculum" / TOOLING
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("  title: Tooling\n", "  title: Tooling\n  title: Tools\n"), "utf-8"
    )
    problem = only_problem(content)
    assert (problem.file, problem.location) == (path, "line 4, column 3")
    assert problem.message == "YAML error: duplicate key 'title'"


def test_scalars_stay_text(content: Path) -> None:
    path = content / "curriculum" / TOOLING
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: Packaging", "title: 3.10"), "utf-8")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: Tooling", "title: no"), "utf-8")
    cur = load_curriculum(content)
    assert cur.topic("packaging").title == "3.10"
    assert cur.section("tooling").title == "no"


def test_level_inversion_names_both_levels(content: Path) -> None:
    # testing (intermediate) now requires decorators (advanced)
    path = edit_yaml(
        content, TOOLING, lambda d: topic(d, "testing")["prerequisites"].append("decorators")
    )
    edit_yaml(content, BASICS, lambda d: topic(d, "decorators").update(prerequisites=["functions"]))
    problem = only_problem(content)
    assert (problem.file, problem.location) == (path, "topics[testing].prerequisites")
    assert problem.message.startswith(
        "level inversion: 'testing' (intermediate) requires 'decorators' (advanced)"
    )


def test_equal_and_lower_levels_are_fine(content: Path) -> None:
    edit_yaml(content, TOOLING, lambda d: topic(d, "packaging").update(prerequisites=["testing"]))
    assert load_curriculum(content).topic("packaging").prerequisites == ("testing",)


def test_supersedes_must_name_another_resource_of_the_topic(content: Path) -> None:
    def change(data: Any) -> None:
        resources = topic(data, "testing")["resources"]
        resources[0]["supersedes"] = "https://example.org/not-listed"
        resources[1]["supersedes"] = resources[1]["url"]

    path = edit_yaml(content, TOOLING, change)
    found = problems_of(content)
    assert [(p.file, p.location) for p in found] == [
        (path, "topics[testing].resources[0].supersedes"),
        (path, "topics[testing].resources[1].supersedes"),
    ]
    assert all("is not another resource of this topic" in p.message for p in found)


def test_current_dead_and_replacement_fields_load(content: Path) -> None:
    def change(data: Any) -> None:
        resources = topic(data, "testing")["resources"]
        resources[0]["dead"] = "the host is gone"
        resources[0]["replacement"] = "https://docs.pytest.org/en/stable/"
        resources[1]["supersedes"] = resources[0]["url"]
        topic(data, "testing")["reviewed"] = "2026-01-31"

    edit_yaml(content, TOOLING, change)
    testing = load_curriculum(content).topic("testing")
    old, new = testing.resources
    assert (old.dead, old.replacement, old.current) == (
        "the host is gone",
        "https://docs.pytest.org/en/stable/",
        False,
    )
    assert new.current
    assert new.supersedes == old.url
    assert testing.reviewed == date(2026, 1, 31)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("dead", "  ", "must not be empty"),
        ("replacement", "nowhere", "malformed URL 'nowhere'"),
        ("supersedes", "ftp://x", "malformed URL 'ftp://x'"),
    ],
)
def test_bad_resource_health_fields(content: Path, field: str, value: str, expected: str) -> None:
    path = edit_yaml(
        content, TOOLING, lambda d: topic(d, "testing")["resources"][0].update({field: value})
    )
    problem = only_problem(content)
    assert (problem.file, problem.location) == (path, f"topics[testing].resources[0].{field}")
    assert problem.message.startswith(expected)


def test_bad_review_date(content: Path) -> None:
    path = edit_yaml(content, TOOLING, lambda d: topic(d, "testing").update(reviewed="2026-13-01"))
    problem = only_problem(content)
    assert (problem.file, problem.location) == (path, "topics[testing].reviewed")
    assert "date" in problem.message


def set_difficulty(content: Path, slug: str, difficulty: int) -> None:
    path = content / "exercises" / slug / ".meta" / "config.json"
    config = json.loads(path.read_text("utf-8"))
    config["pyhero"]["difficulty"] = difficulty
    write_config(content, slug, config)


@pytest.mark.parametrize(
    ("listed", "position", "message"),
    [
        (["shout", "shot"], 1, "unknown exercise 'shot' (did you mean 'shout'?)"),
        (["shout", "shout"], 1, "'shout' is listed twice"),
        (
            ["shout", "count-words"],
            1,
            "exercise 'count-words' belongs to topic 'variables' (pyhero.topic in its "
            ".meta/config.json); list it in that topic's exercise_order",
        ),
        (
            ["greet-user", "shout"],
            1,
            "'shout' (difficulty 1) is listed after 'greet-user' (difficulty 2): difficulty "
            "comes first and the list orders exercises of equal difficulty, so list them by "
            "difficulty",
        ),
    ],
)
def test_exercise_order_names_the_topic_exercises_by_difficulty(
    content: Path, listed: list[str], position: int, message: str
) -> None:
    path = edit_yaml(content, BASICS, lambda d: topic(d, "functions").update(exercise_order=listed))
    assert only_problem(content) == Problem(
        path, f"topics[functions].exercise_order[{position}]", message
    )


def test_a_broken_exercise_is_not_reported_again_as_unknown(content: Path) -> None:
    edit_yaml(content, BASICS, lambda d: topic(d, "functions").update(exercise_order=["shout"]))
    path = write_config(content, "shout", "{not json")
    assert only_problem(content).file == path


def _quiz(answer: int, choices: list[str]) -> list[dict[str, Any]]:
    return [{"question": "Q?", "choices": choices, "answer": answer, "explanation": "Why."}]


def test_a_valid_quiz_loads(content: Path) -> None:
    edit_yaml(content, BASICS, lambda d: topic(d, "variables").update(quiz=_quiz(1, ["a", "b"])))
    (question,) = load_curriculum(content).topics["variables"].quiz
    assert question.choices[question.answer] == "b"


@pytest.mark.parametrize(
    ("quiz", "message"),
    [
        (_quiz(2, ["a", "b"]), "answer 2 is not a choice (0 to 1)"),
        (_quiz(0, ["a", "A "]), "choices must differ from each other"),
        (_quiz(0, ["a"]), "at least 2 items"),
    ],
)
def test_a_broken_quiz_names_file_and_field(
    content: Path, quiz: list[dict[str, Any]], message: str
) -> None:
    path = edit_yaml(content, BASICS, lambda d: topic(d, "variables").update(quiz=quiz))
    problem = only_problem(content)
    assert problem.file == path
    assert problem.location.startswith("topics[variables].quiz[0]")
    assert message in problem.message


REPOSITORY_ENVIRONMENTS = Path(__file__).resolve().parents[2] / "content" / "environments"


def test_exercise_naming_an_unknown_environment(content: Path) -> None:
    shutil.copytree(REPOSITORY_ENVIRONMENTS / "qol", content / "environments" / "qol")
    path = content / "exercises/shout/.meta/config.json"
    data = json.loads(path.read_text("utf-8"))
    data["pyhero"]["environment"] = "qoll"
    path.write_text(json.dumps(data), "utf-8")
    assert only_problem(content) == Problem(
        path, "pyhero.environment", "unknown environment 'qoll' (defined in environments/: qol)"
    )
    data["pyhero"]["environment"] = "qol"
    path.write_text(json.dumps(data), "utf-8")
    assert load_curriculum(content).exercises["shout"].spec.pyhero.environment == "qol"


def test_environment_name_must_be_kebab_case(content: Path) -> None:
    path = content / "exercises/shout/.meta/config.json"
    data = json.loads(path.read_text("utf-8"))
    data["pyhero"]["environment"] = "../qol"
    path.write_text(json.dumps(data), "utf-8")
    problem = only_problem(content)
    assert (problem.file, problem.location) == (path, "shout")
    assert "pyhero.environment" in problem.message


def test_environment_lock_without_the_harness_pytest(content: Path) -> None:
    target = content / "environments" / "qol"
    shutil.copytree(REPOSITORY_ENVIRONMENTS / "qol", target)
    lock = target / "uv.lock"
    lock.write_text(lock.read_text("utf-8").replace('name = "pytest"', 'name = "pytest-old"'))
    problem = only_problem(content)
    assert (problem.file, problem.location) == (lock, "pytest")
    assert problem.message.startswith("the lock has no pytest; the grading harness needs pytest==")


def test_environment_without_a_lock(content: Path) -> None:
    target = content / "environments" / "qol"
    shutil.copytree(REPOSITORY_ENVIRONMENTS / "qol", target)
    (target / "uv.lock").unlink()
    problem = only_problem(content)
    assert (problem.file, problem.location) == (target, "qol")
    assert "uv.lock: missing: run `uv lock`" in problem.message
