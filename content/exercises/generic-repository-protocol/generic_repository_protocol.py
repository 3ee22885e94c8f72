"""Generic repository: implement the protocols' use, Page and Repository below."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar


# Make both protocols usable with isinstance().
class HasId(Protocol):
    """Anything with a string `id` attribute can be stored."""

    @property
    def id(self) -> str: ...


class Versioned(Protocol):
    """Entities with a `version` get optimistic concurrency checks."""

    @property
    def version(self) -> int: ...


EntityT = TypeVar("EntityT")  # bind it to HasId
ItemT = TypeVar("ItemT")


class NotFoundError(KeyError):
    """No entity with that id."""


class ConflictError(ValueError):
    """Duplicate id, or a stale version on update."""


@dataclass(frozen=True)
class Page(Generic[ItemT]):
    """One page of results; `number` is 1-based."""

    items: list[ItemT]
    number: int
    total_pages: int

    @property
    def has_next(self) -> bool:
        raise NotImplementedError


class Repository(Generic[EntityT]):
    """Entities by id, in insertion order."""

    def __init__(self) -> None:
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def __iter__(self) -> Iterator[EntityT]:
        raise NotImplementedError

    def add(self, entity: EntityT) -> EntityT:
        raise NotImplementedError

    def get(self, entity_id: str) -> EntityT:
        raise NotImplementedError

    def update(self, entity: EntityT) -> EntityT:
        raise NotImplementedError

    def find(self, predicate: Callable[[EntityT], bool]) -> list[EntityT]:
        raise NotImplementedError

    def page(self, number: int, size: int) -> Page[EntityT]:
        raise NotImplementedError
