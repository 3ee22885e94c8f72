"""Ranked search over topics and resources."""

from __future__ import annotations

import pytest
from curriculum_helpers import VALID

from pyhero.curriculum import Curriculum, load_curriculum


@pytest.fixture(scope="module")
def cur() -> Curriculum:
    return load_curriculum(VALID)


def test_topic_title_match_ranks_before_its_resource(cur: Curriculum) -> None:
    hits = cur.search("decorators")
    assert [(h.kind, h.topic) for h in hits] == [
        ("topic", "decorators"),
        ("resource", "decorators"),
    ]
    assert hits[0].url is None
    assert hits[1].url == "https://realpython.com/primer-on-python-decorators/"
    assert hits[0].score > hits[1].score


def test_every_word_must_match(cur: Curriculum) -> None:
    assert [h.topic for h in cur.search("pytest fixtures")] == ["testing"]
    assert cur.search("pytest decorators wraps") == []


def test_key_points_and_summary_are_searched(cur: Curriculum) -> None:
    assert [h.topic for h in cur.search("immutable")] == ["variables"]
    assert [h.topic for h in cur.search("signature")] == ["functions"]


def test_word_prefix_matches_at_lower_weight(cur: Curriculum) -> None:
    (full,) = cur.search("packaging projects")[:1]
    (prefix,) = cur.search("packag proj")[:1]
    assert full.topic == prefix.topic == "packaging"
    assert prefix.score < full.score


def test_resource_url_is_searched_and_urls_are_not_repeated(cur: Curriculum) -> None:
    hits = cur.search("realpython")
    assert [(h.kind, h.url) for h in hits] == [
        ("resource", "https://realpython.com/primer-on-python-decorators/")
    ]


def test_limit_and_empty_query(cur: Curriculum) -> None:
    assert len(cur.search("python", limit=2)) == 2
    assert cur.search("   ") == []
    assert cur.search("?!") == []
    assert cur.search("python", limit=0) == []


def test_ties_keep_index_order(cur: Curriculum) -> None:
    tutorials = [h.topic for h in cur.search("official tutorial")]
    assert tutorials == ["variables", "functions"]
