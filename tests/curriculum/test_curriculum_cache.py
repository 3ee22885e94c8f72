"""A loaded curriculum is reused between commands while nothing it was read from changes."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pytest
from curriculum_helpers import copy_valid, edit_yaml

from pyhero.curriculum import ContentError, Curriculum, _cache, load_curriculum


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return copy_valid(tmp_path)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache directory that keeps loads of content written a moment ago."""
    monkeypatch.setattr(_cache, "SETTLED_NS", -(10**9))
    return tmp_path / "cache"


def _stored(cache: Path) -> Path:
    (path,) = (cache / "curriculum").glob("*.pickle")
    return path


def _rename_section_in_cache(cache: Path, title: str) -> None:
    """Change what the cache holds without touching the content."""
    path = _stored(cache)
    data = path.read_bytes()
    key, curriculum = data[:32], pickle.loads(data[32:])
    assert isinstance(curriculum, Curriculum)
    curriculum.sections[1] = curriculum.sections[1].model_copy(update={"title": title})
    path.write_bytes(key + pickle.dumps(curriculum))


def test_a_second_load_is_read_from_the_cache(content: Path, cache: Path) -> None:
    first = load_curriculum(content, cache_dir=cache)
    _rename_section_in_cache(cache, "From the cache")
    second = load_curriculum(content, cache_dir=cache)
    assert second.sections[1].title == "From the cache"
    assert first.sections[1].title == load_curriculum(content).sections[1].title == "Tooling"
    assert second.topics.keys() == first.topics.keys()
    assert second.exercises.keys() == first.exercises.keys()
    assert second.content_dir == content.resolve()


def test_a_load_of_content_changed_a_moment_ago_is_not_kept(content: Path, tmp_path: Path) -> None:
    """File times move in clock ticks: a file changed again within the tick of the load
    would keep its recorded time, so such a load is never kept."""
    load_curriculum(content, cache_dir=tmp_path / "cache")
    assert not list((tmp_path / "cache").glob("curriculum/*.pickle"))


def test_an_edited_section_file_is_read_again(content: Path, cache: Path) -> None:
    load_curriculum(content, cache_dir=cache)
    _rename_section_in_cache(cache, "From the cache")
    edit_yaml(content, "02-tooling.yaml", lambda d: d["section"].update(title="Tools!"))
    assert load_curriculum(content, cache_dir=cache).sections[1].title == "Tools!"


def test_an_added_or_removed_exercise_is_seen(content: Path, cache: Path) -> None:
    assert "shout" in load_curriculum(content, cache_dir=cache).exercises
    copy = content / "exercises" / "shout-again"
    shutil.copytree(content / "exercises" / "shout", copy)
    assert "shout-again" in load_curriculum(content, cache_dir=cache).exercises
    shutil.rmtree(copy)
    assert "shout-again" not in load_curriculum(content, cache_dir=cache).exercises


def test_a_config_broken_after_caching_is_reported(content: Path, cache: Path) -> None:
    load_curriculum(content, cache_dir=cache)
    config = content / "exercises" / "shout" / ".meta" / "config.json"
    data = json.loads(config.read_text(encoding="utf-8"))
    data["pyhero"]["topic"] = "no-such-topic-at-all"
    config.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ContentError, match="no-such-topic-at-all"):
        load_curriculum(content, cache_dir=cache)


def test_a_damaged_cache_means_a_fresh_load(content: Path, cache: Path) -> None:
    load_curriculum(content, cache_dir=cache)
    stored = _stored(cache)
    stored.write_bytes(stored.read_bytes()[:100])
    assert load_curriculum(content, cache_dir=cache).sections[1].title == "Tooling"
    stored.write_bytes(b"not a cache")
    assert load_curriculum(content, cache_dir=cache).sections[1].title == "Tooling"
    assert pickle.loads(_stored(cache).read_bytes()[32:]).sections[1].title == "Tooling"


def test_a_cache_that_cannot_be_written_is_no_error(content: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache directory should be", encoding="utf-8")
    assert load_curriculum(content, cache_dir=blocked).sections[1].title == "Tooling"


def test_two_content_directories_do_not_share_a_cache(tmp_path: Path, cache: Path) -> None:
    one = copy_valid(tmp_path / "one")
    two = copy_valid(tmp_path / "two")
    edit_yaml(two, "02-tooling.yaml", lambda d: d["section"].update(title="Other"))
    assert load_curriculum(one, cache_dir=cache).sections[1].title == "Tooling"
    assert load_curriculum(two, cache_dir=cache).sections[1].title == "Other"
    assert load_curriculum(one, cache_dir=cache).content_dir == one.resolve()
