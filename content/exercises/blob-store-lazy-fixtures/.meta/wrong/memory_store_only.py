"""A careful suite, against the memory store only: the directory store, which production
uses, is never run.  Its three bugs (a put that appends, ``../`` accepted, a
``FileNotFoundError`` for a missing blob) pass, and no test uses pytest-lazy-fixtures.

Write the tests once and run them against both stores:
``@pytest.mark.parametrize("store", [lf("memory_store"), lf("dir_store")])``.
"""

import pytest

from blob_stores import MemoryStore


@pytest.fixture
def store():
    return MemoryStore()


def test_a_blob_comes_back(store):
    store.put("reports/q1.csv", b"id,total\n")
    assert store.get("reports/q1.csv") == b"id,total\n"


def test_put_replaces(store):
    store.put("state", b"one")
    store.put("state", b"2")
    assert store.get("state") == b"2"


def test_missing(store):
    with pytest.raises(KeyError):
        store.get("nothing")
    with pytest.raises(KeyError):
        store.delete("nothing")


def test_keys(store):
    for key in ("logs/b", "logs/a", "data/x"):
        store.put(key, b"")
    assert store.keys() == ["data/x", "logs/a", "logs/b"]
    assert store.keys("logs/") == ["logs/a", "logs/b"]


@pytest.mark.parametrize("key", ["", "a//b", "../escape"])
def test_bad_keys(store, key):
    with pytest.raises(ValueError):
        store.put(key, b"x")
