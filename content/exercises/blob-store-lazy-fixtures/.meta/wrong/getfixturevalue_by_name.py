"""Both stores are tested, through ``request.getfixturevalue(name)`` with the fixture names
as string parameters: the workaround from before lazy fixtures.  It catches the bugs it
tries, but the exercise asks for pytest-lazy-fixtures (the requirement "a test using
pytest_lazy_fixtures" fails), and the listing test never gives a prefix: a memory store
that ignores the prefix passes.

``lf("memory_store")`` says the same in the parametrize list itself, and the test gets the
store as its argument.
"""

import pytest

from blob_stores import DirectoryStore, MemoryStore

NAMES = ["memory_store", "dir_store"]


@pytest.fixture
def memory_store():
    return MemoryStore()


@pytest.fixture
def dir_store(tmp_path):
    return DirectoryStore(tmp_path)


@pytest.mark.parametrize("name", NAMES)
def test_a_blob_comes_back(request, name):
    store = request.getfixturevalue(name)
    store.put("reports/q1.csv", b"id,total\n")
    assert store.get("reports/q1.csv") == b"id,total\n"


@pytest.mark.parametrize("name", NAMES)
def test_put_replaces(request, name):
    store = request.getfixturevalue(name)
    store.put("state", b"one")
    store.put("state", b"2")
    assert store.get("state") == b"2"


@pytest.mark.parametrize("name", NAMES)
def test_missing(request, name):
    store = request.getfixturevalue(name)
    with pytest.raises(KeyError):
        store.get("nothing")
    with pytest.raises(KeyError):
        store.delete("nothing")


@pytest.mark.parametrize("name", NAMES)
def test_keys(request, name):
    store = request.getfixturevalue(name)
    for key in ("logs/b", "logs/a"):
        store.put(key, b"")
    store.delete("logs/b")
    assert store.keys() == ["logs/a"]


@pytest.mark.parametrize("name", NAMES)
def test_bad_keys(request, name):
    store = request.getfixturevalue(name)
    with pytest.raises(ValueError):
        store.put("../escape", b"x")
