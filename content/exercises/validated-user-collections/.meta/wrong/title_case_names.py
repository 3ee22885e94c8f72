"""Capitalises header names with ``str.title()`` instead of capitalising each part.

``title()`` also starts a new word after a digit, so ``x-md5SUM`` becomes ``X-Md5Sum`` and
``x-b3traceid`` ``X-B3Traceid``. One visible name is ``x-md5SUM``; the sealed set
has several such names, in the headers too.
"""

import re
import unicodedata
from collections import UserDict, UserList, UserString
from collections.abc import Iterable

_TOKEN = re.compile(r"[A-Za-z0-9-]+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
SLUG_MAX = 40


def normalise_header(name: str) -> str:
    """'content-TYPE ' -> 'Content-Type'; only letters, digits and '-' are allowed."""
    if not isinstance(name, str):
        raise TypeError(f"header names must be str, got {type(name).__name__}")
    cleaned = name.strip()
    if not _TOKEN.fullmatch(cleaned):
        raise ValueError(f"invalid header name: {name!r}")
    return cleaned.title()


class HTTPHeaders(UserDict[str, str]):
    """Case-insensitive headers; names are stored as Title-Case, values stripped."""

    def __setitem__(self, key: str, item: str) -> None:
        if not isinstance(item, str):
            raise TypeError(f"header values must be str, got {type(item).__name__}")
        if "\r" in item or "\n" in item:
            raise ValueError(f"line break in value of header {key!r}")
        self.data[normalise_header(key)] = item.strip()

    def __getitem__(self, key: str) -> str:
        return self.data[normalise_header(key)]

    def __delitem__(self, key: str) -> None:
        del self.data[normalise_header(key)]

    def __contains__(self, key: object) -> bool:
        try:
            return isinstance(key, str) and normalise_header(key) in self.data
        except ValueError:
            return False


class AuditTrail(UserList[str]):
    """Append-only list of audit entries that keeps only the newest `capacity`."""

    def __init__(self, initlist: Iterable[str] | None = None, capacity: int = 100) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self.capacity = capacity
        super().__init__()
        if initlist is not None:
            self.extend(initlist)

    def append(self, item: str) -> None:
        self.data.append(item)
        if len(self.data) > self.capacity:
            del self.data[0]

    def extend(self, other: Iterable[str]) -> None:
        for item in other:
            self.append(item)

    def __iadd__(self, other: Iterable[str]) -> "AuditTrail":
        self.extend(other)
        return self

    def insert(self, i: int, item: str) -> None:
        raise TypeError("audit trail is append-only")

    def __setitem__(self, i: object, item: object) -> None:
        raise TypeError("audit trail is append-only")

    def __delitem__(self, i: object) -> None:
        raise TypeError("audit trail is append-only")


class Slug(UserString):
    """A URL slug: lower-case ASCII letters and digits joined by single hyphens."""

    def __init__(self, seq: object) -> None:
        ascii_text = (
            unicodedata.normalize("NFKD", str(seq)).encode("ascii", "ignore").decode("ascii")
        )
        slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
        slug = slug[:SLUG_MAX].rstrip("-")
        if not slug:
            raise ValueError(f"no slug can be made from {seq!r}")
        super().__init__(slug)
