"""A different route: ``describe`` with a ``match`` statement (``bool()`` before ``int()``),
``coalesce`` with ``next`` over a generator and a sentinel, the helpers as generator
pipelines, and a repository keeping a list of ids beside a dict."""

from collections.abc import Iterable, Iterator
from typing import Generic, Protocol, TypeVar, runtime_checkable

T = TypeVar("T")


@runtime_checkable
class Storage(Protocol):
    def read(self, key: str) -> bytes | None: ...

    def write(self, key: str, data: bytes) -> None: ...


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Entity(Protocol):
    @property
    def id(self) -> str: ...


E = TypeVar("E", bound=Entity)


class MemoryStorage:
    def __init__(self) -> None:
        self.closed = False
        self._data: dict[str, bytes] = {}

    def read(self, key: str) -> bytes | None:
        if self.closed:
            raise RuntimeError("storage is closed")
        return self._data.get(key)

    def write(self, key: str, data: bytes) -> None:
        if self.closed:
            raise RuntimeError("storage is closed")
        if not isinstance(data, bytes):
            raise TypeError("data must be bytes, got " + type(data).__name__)
        self._data[key] = data

    def close(self) -> None:
        self.closed = True


def select_backends(candidates: Iterable[object]) -> list[Storage]:
    return [c for c in candidates if isinstance(c, Storage)]


def close_all(resources: Iterable[object]) -> int:
    count = 0
    for resource in (r for r in resources if isinstance(r, Closeable)):
        resource.close()
        count += 1
    return count


class Repository(Generic[E]):
    def __init__(self, kind: type[E]) -> None:
        self.kind = kind
        self._order: list[str] = []
        self._by_id: dict[str, E] = {}

    def add(self, item: E) -> None:
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {item.__class__.__name__}")
        if item.id in self._by_id:
            raise ValueError("duplicate id %r" % (item.id,))  # noqa: UP031
        self._order.append(item.id)
        self._by_id[item.id] = item

    def get(self, entity_id: str) -> E | None:
        return self._by_id.get(entity_id)

    def require(self, entity_id: str) -> E:
        if entity_id not in self._by_id:
            raise KeyError(entity_id)
        return self._by_id[entity_id]

    def __len__(self) -> int:
        return len(self._order)

    def __iter__(self) -> Iterator[E]:
        return (self._by_id[entity_id] for entity_id in self._order)


def describe(value: int | str | bytes | None) -> str:
    match value:
        case None:
            return "missing"
        case bool():
            return "bool:" + str(value)
        case int():
            return "int:" + str(value)
        case str():
            return "str:" + str(value)
        case bytes():
            return "bytes:" + str(len(value))
    raise TypeError("unsupported type " + type(value).__name__)


_NONE = object()


def coalesce(*values: T | None) -> T:
    found = next((value for value in values if value is not None), _NONE)
    if found is _NONE:
        raise ValueError("all values are None")
    return found  # type: ignore[return-value]
