from dataclasses import dataclass
from enum import IntEnum

import pytest

from protocol_storage_plugins import (
    Closeable,
    Entity,
    MemoryStorage,
    Repository,
    Storage,
    close_all,
    coalesce,
    describe,
    select_backends,
)


class DiskStorage:
    """A third-party backend: it never heard of our Storage protocol."""

    def __init__(self) -> None:
        self.closes = 0

    def read(self, key: str) -> bytes | None:
        return None

    def write(self, key: str, data: bytes) -> None:
        pass

    def close(self) -> None:
        self.closes += 1


class ReadOnlyCache:
    def read(self, key: str) -> bytes | None:
        return b""


class LogFile:
    def __init__(self) -> None:
        self.closed = False

    def close(self) -> None:
        self.closed = True


@dataclass(frozen=True)
class User:
    id: str
    name: str


@dataclass(frozen=True)
class Team:
    id: str


@dataclass(frozen=True)
class Admin(User):
    pass


@pytest.mark.task(taskno=1)
def test_memory_storage_satisfies_both_protocols_structurally() -> None:
    storage = MemoryStorage()
    assert isinstance(storage, Storage), "read + write makes it a Storage"
    assert isinstance(storage, Closeable), "close makes it a Closeable"
    assert Storage not in type(storage).__mro__, "structural typing: do not inherit the protocol"
    assert Closeable not in type(storage).__mro__


@pytest.mark.task(taskno=1)
def test_protocols_check_the_members_at_runtime() -> None:
    assert isinstance(DiskStorage(), Storage), "any class with read and write matches"
    assert not isinstance(ReadOnlyCache(), Storage), "read alone is not enough"
    assert not isinstance(LogFile(), Storage)
    assert isinstance(LogFile(), Closeable)
    assert not isinstance(ReadOnlyCache(), Closeable)
    assert isinstance(User("u1", "Ann"), Entity), "a data attribute satisfies a property member"
    assert not isinstance(LogFile(), Entity)


@pytest.mark.task(taskno=1)
def test_memory_storage_reads_back_what_was_written() -> None:
    storage = MemoryStorage()
    assert storage.read("missing") is None, "an unknown key reads as None"
    storage.write("a", b"alpha")
    storage.write("empty", b"")
    storage.write("a", b"again")
    assert (storage.read("a"), storage.read("empty")) == (b"again", b"")
    assert storage.closed is False


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(("data", "kind"), [("text", "str"), (bytearray(b"x"), "bytearray")])
def test_memory_storage_accepts_only_bytes(data: object, kind: str) -> None:
    storage = MemoryStorage()
    with pytest.raises(TypeError, match=rf"^data must be bytes, got {kind}$"):
        storage.write("k", data)  # type: ignore[arg-type]
    assert storage.read("k") is None


@pytest.mark.task(taskno=1)
def test_a_closed_memory_storage_refuses_reads_and_writes() -> None:
    storage = MemoryStorage()
    storage.write("k", b"v")
    storage.close()
    storage.close()
    assert storage.closed is True
    with pytest.raises(RuntimeError, match=r"^storage is closed$"):
        storage.read("k")
    with pytest.raises(RuntimeError, match=r"^storage is closed$"):
        storage.write("k", b"w")


@pytest.mark.task(taskno=2)
def test_select_backends_keeps_storages_in_order() -> None:
    memory, disk = MemoryStorage(), DiskStorage()
    candidates: list[object] = [ReadOnlyCache(), memory, "s3://bucket", disk, LogFile(), None]
    assert select_backends(candidates) == [memory, disk]
    assert select_backends([]) == []


@pytest.mark.task(taskno=2)
def test_close_all_closes_every_closeable_and_counts_them() -> None:
    memory, disk, log = MemoryStorage(), DiskStorage(), LogFile()
    resources: list[object] = [memory, ReadOnlyCache(), disk, 42, log]
    assert close_all(resources) == 3
    assert (memory.closed, disk.closes, log.closed) == (True, 1, True)
    assert close_all([ReadOnlyCache(), "x"]) == 0


@pytest.mark.task(taskno=3)
def test_repository_stores_entities_by_id_in_insertion_order() -> None:
    users = Repository(User)
    ann, bob = User("u2", "Ann"), User("u1", "Bob")
    users.add(ann)
    users.add(bob)
    assert len(users) == 2
    assert list(users) == [ann, bob], "iteration follows insertion order"
    assert users.get("u1") is bob
    assert users.require("u2") is ann


@pytest.mark.task(taskno=3)
def test_repository_get_returns_none_and_require_raises_for_unknown_ids() -> None:
    users: Repository[User] = Repository(User)
    assert users.get("nobody") is None
    with pytest.raises(KeyError, match="nobody"):
        users.require("nobody")
    assert len(users) == 0
    assert list(users) == []


@pytest.mark.task(taskno=3)
def test_repository_rejects_duplicate_ids() -> None:
    users = Repository(User)
    users.add(User("u1", "Ann"))
    with pytest.raises(ValueError, match=r"^duplicate id 'u1'$"):
        users.add(User("u1", "Impostor"))
    assert users.require("u1").name == "Ann"
    assert len(users) == 1


@pytest.mark.task(taskno=3)
def test_repository_checks_the_entity_class_at_runtime() -> None:
    users = Repository(User)
    with pytest.raises(TypeError, match=r"^expected User, got Team$"):
        users.add(Team("t1"))  # type: ignore[arg-type]
    users.add(Admin("a1", "Root"))
    assert [user.id for user in users] == ["a1"], "a subclass instance is a User"


@pytest.mark.task(taskno=4)
@pytest.mark.parametrize(
    ("value", "label"),
    [
        (None, "missing"),
        (True, "bool:True"),
        (False, "bool:False"),
        (0, "int:0"),
        (-7, "int:-7"),
        ("", "str:"),
        ("héllo", "str:héllo"),
        (b"", "bytes:0"),
        (b"\x00\x01\x02", "bytes:3"),
    ],
)
def test_describe_narrows_the_union(value: int | str | bytes | None, label: str) -> None:
    got = describe(value)
    assert got == label, f"describe({value!r}) should be {label!r}, got {got!r}"


@pytest.mark.task(taskno=3)
def test_require_returns_a_stored_entity_even_when_it_is_falsy() -> None:
    class Batch(list[int]):
        """An entity that is falsy while it is empty."""

        def __init__(self, id: str) -> None:
            super().__init__()
            self.id = id

    batches = Repository(Batch)
    empty = Batch("b1")
    batches.add(empty)
    assert batches.require("b1") is empty, "only an unknown id raises KeyError"


@pytest.mark.task(taskno=4)
def test_describe_counts_subclasses_as_their_base_type() -> None:
    class Priority(IntEnum):
        HIGH = 1

    assert describe(Priority.HIGH) == "int:1", "an IntEnum member is an int"


@pytest.mark.task(taskno=4)
@pytest.mark.parametrize("value", [1.5, [1], bytearray(b"x"), memoryview(b"x")])
def test_describe_rejects_types_outside_the_union(value: object) -> None:
    with pytest.raises(TypeError, match=rf"^unsupported type {type(value).__name__}$"):
        describe(value)  # type: ignore[arg-type]


@pytest.mark.task(taskno=4)
def test_coalesce_returns_the_first_value_that_is_not_none() -> None:
    assert coalesce(None, "env", "default") == "env"
    assert coalesce(None, None, 0, 5) == 0, "0 is a value, not a missing one"
    assert coalesce("", "x") == "", "an empty string is not None"
    assert coalesce(False) is False


@pytest.mark.task(taskno=4)
def test_coalesce_of_nothing_but_none_raises() -> None:
    with pytest.raises(ValueError, match=r"^all values are None$"):
        coalesce(None, None)
    with pytest.raises(ValueError, match=r"^all values are None$"):
        coalesce()
