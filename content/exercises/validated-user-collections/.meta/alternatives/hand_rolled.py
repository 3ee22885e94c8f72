"""A different route: header names checked character by character against a set, a trail
trimmed by slicing after each change, and a slug built by a character loop over the
NFKD form (no regular expressions)."""

import string
import unicodedata
from collections import UserDict, UserList, UserString
from collections.abc import Iterable

SLUG_MAX = 40
_NAME_CHARACTERS = frozenset(string.ascii_letters + string.digits + "-")
_SLUG_CHARACTERS = frozenset(string.ascii_lowercase + string.digits)


def normalise_header(name: str) -> str:
    """'content-TYPE ' -> 'Content-Type'; only letters, digits and '-' are allowed."""
    if type(name) is not str and not isinstance(name, str):
        raise TypeError("header names must be strings")
    cleaned = name.strip()
    if not cleaned or not set(cleaned) <= _NAME_CHARACTERS:
        raise ValueError(f"invalid header name {name!r}")
    parts = cleaned.split("-")
    return "-".join(part[:1].upper() + part[1:].lower() for part in parts)


class HTTPHeaders(UserDict[str, str]):
    """Case-insensitive headers; names are stored as Title-Case, values stripped."""

    def __setitem__(self, key: str, item: str) -> None:
        name = normalise_header(key)
        if not isinstance(item, str):
            raise TypeError("header values must be strings")
        if any(character in "\r\n" for character in item):
            raise ValueError("a line break in a header value could inject headers")
        self.data[name] = item.strip()

    def __getitem__(self, key: str) -> str:
        return self.data[normalise_header(key)]

    def __delitem__(self, key: str) -> None:
        name = normalise_header(key)
        del self.data[name]

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        try:
            name = normalise_header(key)
        except ValueError:
            return False
        return name in self.data


class AuditTrail(UserList[str]):
    """Append-only list of audit entries that keeps only the newest `capacity`."""

    def __init__(self, initlist: Iterable[str] | None = None, capacity: int = 100) -> None:
        if not capacity > 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        super().__init__()
        self.extend(initlist or [])

    def append(self, item: str) -> None:
        self.extend([item])

    def extend(self, other: Iterable[str]) -> None:
        self.data = [*self.data, *other][-self.capacity :]

    def __iadd__(self, other: Iterable[str]) -> "AuditTrail":
        self.extend(other)
        return self

    def insert(self, i: int, item: str) -> None:
        raise TypeError("insert: the trail is append-only")

    def __setitem__(self, i: object, item: object) -> None:
        raise TypeError("assignment: the trail is append-only")

    def __delitem__(self, i: object) -> None:
        raise TypeError("del: the trail is append-only")


class Slug(UserString):
    """A URL slug: lower-case ASCII letters and digits joined by single hyphens."""

    def __init__(self, seq: object) -> None:
        words: list[str] = []
        word = ""
        for character in unicodedata.normalize("NFKD", str(seq)):
            if not character.isascii():
                continue
            character = character.lower()
            if character in _SLUG_CHARACTERS:
                word += character
            elif word:
                words.append(word)
                word = ""
        if word:
            words.append(word)
        text = "-".join(words)[:SLUG_MAX]
        while text.endswith("-"):
            text = text[:-1]
        if text == "":
            raise ValueError(f"{seq!r} gives an empty slug")
        super().__init__(text)
