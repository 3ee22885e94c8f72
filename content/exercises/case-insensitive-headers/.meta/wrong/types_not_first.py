"""Checks the name completely (type, then token) before looking at the value's type.

A write with an invalid name *and* a non-``str`` value raises ``ValueError`` instead of the
``TypeError`` the instructions put first. One visible write has both problems.
"""

import re
from collections.abc import Iterable, Iterator, Mapping, MutableMapping

_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


class Headers(MutableMapping[str, str]):
    """Header names compare case-insensitively but keep the spelling last written."""

    def __init__(self, initial: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        self._store: dict[str, tuple[str, str]] = {}
        self.update(initial)

    def __getitem__(self, name: str) -> str:
        return self._store[name.lower()][1]

    def __setitem__(self, name: str, value: str) -> None:
        if not isinstance(name, str):
            raise TypeError("header names and values must be str")
        if not _TOKEN.fullmatch(name):
            raise ValueError(f"invalid header name {name!r}")
        if not isinstance(value, str):
            raise TypeError("header names and values must be str")
        if "\r" in value or "\n" in value:
            raise ValueError(f"header {name!r} value must not contain line breaks")
        self._store[name.lower()] = (name, value.strip())

    def __delitem__(self, name: str) -> None:
        del self._store[name.lower()]

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._store.values())

    def __len__(self) -> int:
        return len(self._store)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        theirs = {str(name).lower(): value for name, value in other.items()}
        return len(theirs) == len(other) and theirs == {
            key: value for key, (_, value) in self._store.items()
        }

    def __repr__(self) -> str:
        return f"Headers({dict(self.items())!r})"

    def copy(self) -> "Headers":
        """An independent copy."""
        return Headers(self.items())
