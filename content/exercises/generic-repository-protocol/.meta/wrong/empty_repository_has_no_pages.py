"""Computes ``total_pages`` as ``ceil(len / size)`` without the minimum of 1.

An empty repository reports 0 pages, and the first (empty) page claims to be page 1 of 0.
The visible test of an empty repository catches it.
"""

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar, runtime_checkable


@runtime_checkable
class HasId(Protocol):
    """Anything with a string `id` attribute can be stored."""

    @property
    def id(self) -> str: ...


@runtime_checkable
class Versioned(Protocol):
    """Entities with a `version` get optimistic concurrency checks."""

    @property
    def version(self) -> int: ...


EntityT = TypeVar("EntityT", bound=HasId)
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
        return self.number < self.total_pages


class Repository(Generic[EntityT]):
    """Entities by id, in insertion order."""

    def __init__(self) -> None:
        self._items: dict[str, EntityT] = {}

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[EntityT]:
        return iter(self._items.values())

    def add(self, entity: EntityT) -> EntityT:
        if not isinstance(entity, HasId):
            raise TypeError(f"{type(entity).__name__} has no id attribute")
        if entity.id in self._items:
            raise ConflictError(f"duplicate id {entity.id!r}")
        self._items[entity.id] = entity
        return entity

    def get(self, entity_id: str) -> EntityT:
        try:
            return self._items[entity_id]
        except KeyError:
            raise NotFoundError(entity_id) from None

    def update(self, entity: EntityT) -> EntityT:
        current = self.get(entity.id)
        if isinstance(entity, Versioned) and isinstance(current, Versioned):
            expected = current.version + 1
            if entity.version != expected:
                raise ConflictError(
                    f"{entity.id!r}: expected version {expected}, got {entity.version}"
                )
        self._items[entity.id] = entity
        return entity

    def find(self, predicate: Callable[[EntityT], bool]) -> list[EntityT]:
        return [entity for entity in self._items.values() if predicate(entity)]

    def page(self, number: int, size: int) -> Page[EntityT]:
        if number < 1 or size < 1:
            raise ValueError("page number and size must be at least 1")
        entities = list(self._items.values())
        total_pages = math.ceil(len(entities) / size)
        start = (number - 1) * size
        return Page(entities[start : start + size], number, total_pages)
