"""A different route: entities in a list with a dict from id to position (so an update
writes in place), ``hasattr`` checks instead of ``isinstance`` on the protocols, and pages
counted with ``divmod``."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar, runtime_checkable


@runtime_checkable
class HasId(Protocol):
    @property
    def id(self) -> str: ...


@runtime_checkable
class Versioned(Protocol):
    @property
    def version(self) -> int: ...


EntityT = TypeVar("EntityT", bound=HasId)
ItemT = TypeVar("ItemT")


class NotFoundError(KeyError):
    pass


class ConflictError(ValueError):
    pass


@dataclass(frozen=True)
class Page(Generic[ItemT]):
    items: list[ItemT]
    number: int
    total_pages: int

    @property
    def has_next(self) -> bool:
        return self.total_pages > self.number


class Repository(Generic[EntityT]):
    def __init__(self) -> None:
        self._entities: list[EntityT] = []
        self._position: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._entities)

    def __iter__(self) -> Iterator[EntityT]:
        yield from list(self._entities)

    def add(self, entity: EntityT) -> EntityT:
        if not hasattr(entity, "id"):
            raise TypeError(f"cannot store {entity!r}: it has no id")
        if entity.id in self._position:
            raise ConflictError(f"an entity with id {entity.id!r} is already stored")
        self._position[entity.id] = len(self._entities)
        self._entities.append(entity)
        return entity

    def get(self, entity_id: str) -> EntityT:
        if entity_id not in self._position:
            raise NotFoundError(f"no entity {entity_id!r}")
        return self._entities[self._position[entity_id]]

    def update(self, entity: EntityT) -> EntityT:
        current = self.get(entity.id)
        new_version = getattr(entity, "version", None)
        old_version = getattr(current, "version", None)
        if new_version is not None and old_version is not None and new_version != old_version + 1:
            raise ConflictError(
                f"{entity.id!r}: expected version {old_version + 1}, got {new_version}"
            )
        self._entities[self._position[entity.id]] = entity
        return entity

    def find(self, predicate: Callable[[EntityT], bool]) -> list[EntityT]:
        return list(filter(predicate, self._entities))

    def page(self, number: int, size: int) -> Page[EntityT]:
        if min(number, size) < 1:
            raise ValueError("number and size must both be at least 1")
        full, rest = divmod(len(self._entities), size)
        total = max(full + (1 if rest else 0), 1)
        return Page(self._entities[(number - 1) * size : number * size], number, total)
