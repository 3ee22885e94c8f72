"""A different route: two dicts keyed by the case-folded name (spellings and values), a
character-set check for tokens, and equality by building both sides as sorted lists."""

import string
from collections.abc import Iterable, Iterator, Mapping, MutableMapping

_TOKEN_CHARACTERS = frozenset(string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~")


def _key(name: str) -> str:
    return name.casefold()


class Headers(MutableMapping[str, str]):
    """Header names compare case-insensitively but keep the spelling last written."""

    def __init__(self, initial: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        self._spellings: dict[str, str] = {}
        self._values: dict[str, str] = {}
        pairs = initial.items() if isinstance(initial, Mapping) else initial
        for name, value in pairs:
            self[name] = value

    def __getitem__(self, name: str) -> str:
        return self._values[_key(name)]

    def __setitem__(self, name: str, value: str) -> None:
        if type(name) is not str and not isinstance(name, str):
            raise TypeError("header names and values must be str")
        if not isinstance(value, str):
            raise TypeError("header names and values must be str")
        if name == "" or not set(name) <= _TOKEN_CHARACTERS:
            raise ValueError(f"{name!r} is not a valid header name")
        if value.find("\r") >= 0 or value.find("\n") >= 0:
            raise ValueError(f"line break in the value of header {name!r}")
        key = _key(name)
        self._spellings[key] = name
        self._values[key] = value.strip()

    def __delitem__(self, name: str) -> None:
        key = _key(name)
        del self._values[key]
        del self._spellings[key]

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._spellings.values()))

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        theirs = sorted((str(name).casefold(), value) for name, value in other.items())
        names = [name for name, _ in theirs]
        if len(set(names)) != len(names):
            return False
        return theirs == sorted(self._values.items())

    def __repr__(self) -> str:
        return "Headers(" + repr({name: self[name] for name in self}) + ")"

    def copy(self) -> "Headers":
        """An independent copy."""
        clone = Headers()
        for name in self:
            clone[name] = self[name]
        return clone
