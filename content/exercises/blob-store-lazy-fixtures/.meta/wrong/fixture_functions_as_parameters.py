"""The fixtures themselves are put in the parametrize list:
``parametrize("store", [memory_store, dir_store])``.  pytest passes the fixture *functions*
as the values, never calls them, so ``store.put`` fails with ``AttributeError`` in every
test against the real module and no bug is judged.

A parametrize list holds values; to name a fixture there, wrap its name:
``lf("memory_store")``.
"""

import pytest

from blob_stores import DirectoryStore, MemoryStore


@pytest.fixture
def memory_store():
    return MemoryStore()


@pytest.fixture
def dir_store(tmp_path):
    return DirectoryStore(tmp_path)


STORES = [memory_store, dir_store]


@pytest.mark.parametrize("store", STORES)
def test_a_blob_comes_back(store):
    store.put("reports/q1.csv", b"id,total\n")
    assert store.get("reports/q1.csv") == b"id,total\n"


@pytest.mark.parametrize("store", STORES)
def test_put_replaces(store):
    store.put("state", b"one")
    store.put("state", b"2")
    assert store.get("state") == b"2"


@pytest.mark.parametrize("store", STORES)
def test_missing(store):
    with pytest.raises(KeyError):
        store.get("nothing")
    with pytest.raises(KeyError):
        store.delete("nothing")


@pytest.mark.parametrize("store", STORES)
def test_keys(store):
    for key in ("logs/b", "logs/a", "data/x"):
        store.put(key, b"")
    assert store.keys("logs/") == ["logs/a", "logs/b"]


@pytest.mark.parametrize("store", STORES)
def test_bad_keys(store):
    with pytest.raises(ValueError):
        store.put("../escape", b"x")
