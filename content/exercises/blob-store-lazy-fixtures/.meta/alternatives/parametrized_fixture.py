"""Tests for blob_stores.py through one parametrized fixture, ``store``, whose params are
lazy fixtures: every test that asks for ``store`` runs once per store."""

import pytest
from pytest_lazy_fixtures import lf

from blob_stores import DirectoryStore, MemoryStore


@pytest.fixture
def in_memory():
    return MemoryStore()


@pytest.fixture
def on_disk(tmp_path):
    return DirectoryStore(tmp_path)


@pytest.fixture(params=[lf("in_memory"), lf("on_disk")], ids=["memory", "directory"])
def store(request):
    return request.param


def test_round_trip_of_binary_data(store):
    blob = bytes(range(256))
    store.put("bin/all-bytes", blob)
    assert store.get("bin/all-bytes") == blob


def test_a_shorter_blob_replaces_a_longer_one(store):
    store.put("k", b"0123456789")
    store.put("k", b"ab")
    assert store.get("k") == b"ab"


def test_missing_keys(store):
    with pytest.raises(KeyError):
        store.get("ghost")
    with pytest.raises(KeyError):
        store.delete("ghost")
    store.put("x/y", b"1")
    with pytest.raises(KeyError):
        store.get("x")


def test_listing(store):
    for key in ("b/2", "a/1", "b/1", "bb"):
        store.put(key, b"-")
    store.delete("a/1")
    assert store.keys() == ["b/1", "b/2", "bb"]
    assert store.keys("b/") == ["b/1", "b/2"]


@pytest.mark.parametrize("key", ["..", "../up", "a/./b", "trailing/", ""])
def test_refused_keys(store, key):
    with pytest.raises(ValueError):
        store.put(key, b"x")
    with pytest.raises(ValueError):
        store.delete(key)
