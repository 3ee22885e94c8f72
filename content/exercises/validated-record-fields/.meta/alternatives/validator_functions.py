"""No shared base class: one ``_Field`` descriptor takes a validator function, and
``PositiveInt`` and ``BoundedStr`` are small subclasses that pass theirs; values are read
and written through ``vars(instance)``; ``lazy`` keeps the function under another name."""

from collections.abc import Callable
from typing import Any


class _Field:
    """A data descriptor storing validated values in the instance ``__dict__``."""

    def __init__(self, check: Callable[[str, object], Any]) -> None:
        self._check = check
        self.name = "?"

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        stored = vars(instance)
        if self.name not in stored:
            raise AttributeError(f"{instance.__class__.__name__}.{self.name} is not set")
        return stored[self.name]

    def __set__(self, instance: object, value: object) -> None:
        checked = self._check(self.name, value)
        vars(instance)[self.name] = checked


def _positive_int(name: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name} must be positive, got {value}")
    return value


class PositiveInt(_Field):
    """An ``int`` field that must be greater than zero (``bool`` is refused)."""

    def __init__(self) -> None:
        super().__init__(_positive_int)


class BoundedStr(_Field):
    """A ``str`` field whose length lies within ``[min_length, max_length]``."""

    def __init__(self, max_length: int, *, min_length: int = 1) -> None:
        if min_length < 0:
            raise ValueError("min_length cannot be negative")
        if max_length < min_length:
            raise ValueError("max_length cannot be smaller than min_length")
        self.min_length, self.max_length = min_length, max_length
        super().__init__(self._bounded)

    def _bounded(self, name: str, value: object) -> str:
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a str, got {type(value).__name__}")
        size = len(value)
        if size < self.min_length or size > self.max_length:
            raise ValueError(
                f"{name} must have {self.min_length} to {self.max_length} characters, got {size}"
            )
        return value


class lazy:  # lowercase like property
    """A non-data descriptor: computes once, then the instance ``__dict__`` answers."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self._compute = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        result = self._compute(instance)
        vars(instance)[self.name] = result
        return result
