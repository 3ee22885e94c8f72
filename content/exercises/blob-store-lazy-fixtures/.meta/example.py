"""Tests for blob_stores.py: one suite, run against both stores through lazy fixtures."""

import pytest
from pytest_lazy_fixtures import lf

from blob_stores import DirectoryStore, MemoryStore

BOTH = [lf("memory_store"), lf("dir_store")]


@pytest.fixture
def memory_store():
    return MemoryStore()


@pytest.fixture
def dir_store(tmp_path):
    root = tmp_path / "blobs"
    root.mkdir()
    return DirectoryStore(root)


@pytest.mark.parametrize("store", BOTH)
def test_a_blob_comes_back(store):
    store.put("reports/2026/q1.csv", b"id,total\n1,9.90\n")
    assert store.get("reports/2026/q1.csv") == b"id,total\n1,9.90\n"


@pytest.mark.parametrize("store", BOTH)
def test_put_replaces_the_blob(store):
    store.put("state.json", b'{"version": 1, "rows": 1200}')
    store.put("state.json", b'{"version": 2}')
    assert store.get("state.json") == b'{"version": 2}'


@pytest.mark.parametrize("store", BOTH)
def test_a_missing_blob_is_a_key_error(store):
    store.put("a/b", b"x")
    for key in ("nothing", "a", "a/b/c"):
        with pytest.raises(KeyError):
            store.get(key)
        with pytest.raises(KeyError):
            store.delete(key)


@pytest.mark.parametrize("store", BOTH)
def test_delete_removes_the_blob(store):
    store.put("tmp/part-0", b"0")
    store.delete("tmp/part-0")
    with pytest.raises(KeyError):
        store.get("tmp/part-0")
    assert store.keys() == []


@pytest.mark.parametrize("store", BOTH)
def test_keys_are_sorted_and_filtered_by_prefix(store):
    for key in ("logs/b", "logs/a", "data/x", "logs2/c"):
        store.put(key, b"")
    assert store.keys() == ["data/x", "logs/a", "logs/b", "logs2/c"]
    assert store.keys("logs/") == ["logs/a", "logs/b"]
    assert store.keys("logs") == ["logs/a", "logs/b", "logs2/c"]
    assert store.keys("none") == []


@pytest.mark.parametrize("store", BOTH)
@pytest.mark.parametrize("key", ["", "/abs", "a//b", "a/", "./a", "a/../../b", ".."])
def test_bad_keys_are_refused(store, key):
    with pytest.raises(ValueError, match="bad key"):
        store.put(key, b"x")
    with pytest.raises(ValueError, match="bad key"):
        store.get(key)
