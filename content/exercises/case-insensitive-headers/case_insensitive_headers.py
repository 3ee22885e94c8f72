"""Case-insensitive HTTP header map built on collections.abc.MutableMapping."""

from collections.abc import Iterable, Iterator, Mapping, MutableMapping


class Headers(MutableMapping[str, str]):
    """Header names compare case-insensitively but keep the spelling last written."""

    def __init__(self, initial: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        raise NotImplementedError("Headers.__init__")

    def __getitem__(self, name: str) -> str:
        raise NotImplementedError("Headers.__getitem__")

    def __setitem__(self, name: str, value: str) -> None:
        raise NotImplementedError("Headers.__setitem__")

    def __delitem__(self, name: str) -> None:
        raise NotImplementedError("Headers.__delitem__")

    def __iter__(self) -> Iterator[str]:
        raise NotImplementedError("Headers.__iter__")

    def __len__(self) -> int:
        raise NotImplementedError("Headers.__len__")

    def __eq__(self, other: object) -> bool:
        raise NotImplementedError("Headers.__eq__")

    def __repr__(self) -> str:
        raise NotImplementedError("Headers.__repr__")

    def copy(self) -> "Headers":
        """An independent copy."""
        raise NotImplementedError("Headers.copy")
