from collections.abc import Iterator

import pytest
from blob_store_backends import (
    BlobStore,
    MemoryBlobStore,
    check_backend,
)


@pytest.mark.task(taskno=1)
def test_the_interface_itself_cannot_be_instantiated() -> None:
    with pytest.raises(TypeError):
        BlobStore()  # type: ignore[abstract]
    got = sorted(BlobStore.__abstractmethods__)
    assert got == ["delete", "get", "keys", "put"], f"exactly four abstract methods, got {got}"


@pytest.mark.task(taskno=1)
def test_a_half_finished_backend_cannot_be_instantiated() -> None:
    class OnlyPut(BlobStore):
        def put(self, key: str, data: bytes | bytearray | memoryview) -> None:
            pass

    with pytest.raises(TypeError):
        OnlyPut()  # type: ignore[abstract]


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    "key", ["a", "logs/2024/app.log", "x" * 256, "é" * 256, "dir/..hidden", "a..b"]
)
def test_validate_key_accepts_safe_relative_keys(key: str) -> None:
    assert BlobStore.validate_key(key) == key, f"{key[:20]!r} is a safe key"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("key", ["", "x" * 257, "/etc/passwd", "a/../b", "..", "logs/.."])
def test_validate_key_rejects_unsafe_keys(key: str) -> None:
    with pytest.raises(ValueError):
        BlobStore.validate_key(key)


@pytest.mark.task(taskno=2)
def test_memory_store_round_trips_and_lists_keys_sorted() -> None:
    store = MemoryBlobStore()
    store.put("b/2", b"two")
    store.put("a/1", bytearray(b"one"))
    store.put("c", memoryview(b""))
    assert store.get("a/1") == b"one", "bytearray input is stored as bytes"
    assert type(store.get("a/1")) is bytes, "values come back as immutable bytes"
    assert list(store.keys()) == ["a/1", "b/2", "c"], "keys() yields sorted keys"
    store.put("b/2", b"TWO")
    assert store.get("b/2") == b"TWO", "put replaces an existing value"


@pytest.mark.task(taskno=2)
def test_memory_store_copies_mutable_input() -> None:
    store = MemoryBlobStore()
    buffer = bytearray(b"abc")
    store.put("k", buffer)
    buffer[0] = ord("z")
    assert store.get("k") == b"abc", "later changes to the caller's buffer must not leak in"


@pytest.mark.task(taskno=2)
def test_memory_store_errors() -> None:
    store = MemoryBlobStore()
    with pytest.raises(KeyError):
        store.get("missing")
    for not_bytes in ("text", 3, [1, 2]):
        with pytest.raises(TypeError):
            store.put("k", not_bytes)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        store.put("/abs", b"x")
    assert list(store.keys()) == [], "failed puts store nothing"


@pytest.mark.task(taskno=2)
def test_memory_store_delete_reports_whether_the_key_existed() -> None:
    store = MemoryBlobStore()
    store.put("k", b"")
    assert store.delete("k") is True, "deleting an existing (even empty) value returns True"
    assert store.delete("k") is False, "deleting again returns False"
    assert list(store.keys()) == [], "the key is gone"


@pytest.mark.task(taskno=2)
def test_stores_do_not_share_state() -> None:
    first, second = MemoryBlobStore(), MemoryBlobStore()
    first.put("k", b"1")
    assert list(second.keys()) == [], "each instance has its own dictionary"


@pytest.mark.task(taskno=3)
def test_helpers_work_on_top_of_the_abstract_methods() -> None:
    store = MemoryBlobStore()
    assert store.total_size() == 0, "an empty store holds 0 bytes"
    store.put("a", b"12345")
    store.put("b", b"")
    assert store.exists("a") is True and store.exists("b") is True, "empty values exist too"
    assert store.exists("zzz") is False, "unknown keys do not exist"
    store.copy("a", "c")
    assert store.get("c") == b"12345", "copy duplicates the value"
    assert store.total_size() == 10, f"5 + 0 + 5 bytes, got {store.total_size()}"
    with pytest.raises(KeyError):
        store.copy("nope", "d")


@pytest.mark.task(taskno=4)
def test_check_backend_accepts_complete_backends() -> None:
    assert check_backend(MemoryBlobStore) is MemoryBlobStore, "a complete backend is returned"


@pytest.mark.task(taskno=4)
def test_check_backend_names_the_missing_methods() -> None:
    class Partial(BlobStore):
        def get(self, key: str) -> bytes:
            return b""

        def keys(self) -> Iterator[str]:
            return iter([])

    with pytest.raises(TypeError, match=r"Partial does not implement: delete, put"):
        check_backend(Partial)


@pytest.mark.task(taskno=4)
def test_check_backend_rejects_unrelated_classes() -> None:
    class NotAStore:
        pass

    with pytest.raises(TypeError, match="NotAStore is not a BlobStore"):
        check_backend(NotAStore)


@pytest.mark.task(taskno=4)
def test_check_backend_accepts_registered_virtual_subclasses() -> None:
    class LegacyStore:
        pass

    BlobStore.register(LegacyStore)
    got: type = check_backend(LegacyStore)
    assert got is LegacyStore, "register() makes a virtual subclass"
