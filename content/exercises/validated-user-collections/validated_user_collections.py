"""Validating containers: implement them on top of UserDict, UserList and UserString."""

from collections import UserDict, UserList, UserString
from collections.abc import Iterable

SLUG_MAX = 40


def normalise_header(name: str) -> str:
    """'content-TYPE ' -> 'Content-Type'; only letters, digits and '-' are allowed."""
    raise NotImplementedError


class HTTPHeaders(UserDict[str, str]):
    """Case-insensitive headers; names are stored as Title-Case, values stripped."""

    def __setitem__(self, key: str, item: str) -> None:
        raise NotImplementedError

    def __getitem__(self, key: str) -> str:
        raise NotImplementedError

    def __delitem__(self, key: str) -> None:
        raise NotImplementedError

    def __contains__(self, key: object) -> bool:
        raise NotImplementedError


class AuditTrail(UserList[str]):
    """Append-only list of audit entries that keeps only the newest `capacity`."""

    def __init__(self, initlist: Iterable[str] | None = None, capacity: int = 100) -> None:
        raise NotImplementedError

    def append(self, item: str) -> None:
        raise NotImplementedError

    def extend(self, other: Iterable[str]) -> None:
        raise NotImplementedError

    def __iadd__(self, other: Iterable[str]) -> "AuditTrail":
        raise NotImplementedError

    def insert(self, i: int, item: str) -> None:
        raise NotImplementedError

    def __setitem__(self, i: object, item: object) -> None:
        raise NotImplementedError

    def __delitem__(self, i: object) -> None:
        raise NotImplementedError


class Slug(UserString):
    """A URL slug: lower-case ASCII letters and digits joined by single hyphens."""

    def __init__(self, seq: object) -> None:
        raise NotImplementedError
