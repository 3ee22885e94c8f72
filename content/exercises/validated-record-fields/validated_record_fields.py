"""Validated fields and a lazy attribute: implement the three descriptors below."""

from collections.abc import Callable
from typing import Any, Generic, Self, TypeVar, overload

T = TypeVar("T")


class PositiveInt:
    """An ``int`` field that must be greater than zero (``bool`` is refused)."""

    def __set_name__(self, owner: type, name: str) -> None:
        """Remember the attribute name this descriptor was assigned to."""
        raise NotImplementedError

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> Self: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> int: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> Self | int:
        """The descriptor itself on the class; the stored value on an instance."""
        raise NotImplementedError

    def __set__(self, instance: object, value: object) -> None:
        """Validate, then store in the instance ``__dict__`` under the attribute name."""
        raise NotImplementedError


class BoundedStr:
    """A ``str`` field whose length lies within ``[min_length, max_length]``."""

    def __init__(self, max_length: int, *, min_length: int = 1) -> None:
        """Check the bounds and remember them."""
        raise NotImplementedError

    def __set_name__(self, owner: type, name: str) -> None:
        """Remember the attribute name this descriptor was assigned to."""
        raise NotImplementedError

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> Self: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> str: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> Self | str:
        """The descriptor itself on the class; the stored value on an instance."""
        raise NotImplementedError

    def __set__(self, instance: object, value: object) -> None:
        """Validate, then store in the instance ``__dict__`` under the attribute name."""
        raise NotImplementedError


class lazy(Generic[T]):  # lowercase like property and cached_property
    """A non-data descriptor: computes once, then the instance ``__dict__`` answers."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        """Wrap the method that computes the value."""
        raise NotImplementedError

    def __set_name__(self, owner: type, name: str) -> None:
        """Remember the attribute name this descriptor was assigned to."""
        raise NotImplementedError

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> Self: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> Self | T:
        """The descriptor itself on the class; on an instance compute, cache, return."""
        raise NotImplementedError
