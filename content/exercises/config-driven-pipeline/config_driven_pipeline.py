"""A record pipeline assembled from configuration with partial and reduce."""

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
Record = dict[str, Any]
Records = list[Record]
Step = Callable[[Records], Records]


def compose(*steps: Callable[[T], T]) -> Callable[[T], T]:
    """Chain ``steps`` left to right; no steps give the identity function."""
    raise NotImplementedError("compose")


def drop_missing(records: Records, field: str) -> Records:
    """Records in which ``field`` is present and not ``None``."""
    raise NotImplementedError("drop_missing")


def rename(records: Records, old: str, new: str) -> Records:
    """Copies of the records with key ``old`` renamed to ``new``."""
    raise NotImplementedError("rename")


def scale(records: Records, field: str, factor: float) -> Records:
    """Copies of the records with ``field`` multiplied by ``factor``."""
    raise NotImplementedError("scale")


# Map "drop_missing", "rename" and "scale" to the functions above.
STEPS: dict[str, Callable[..., Records]] = {}


def build_pipeline(config: Sequence[tuple[str, Mapping[str, Any]]]) -> Step:
    """Turn ``[(step_name, keyword_arguments), ...]`` into one callable."""
    raise NotImplementedError("build_pipeline")


def total(records: Iterable[Record], field: str) -> float:
    """Sum of ``field`` over the records, folded with reduce."""
    raise NotImplementedError("total")


def merge_counts(counters: Iterable[Mapping[str, int]]) -> dict[str, int]:
    """Add up several ``{key: count}`` mappings into one dict."""
    raise NotImplementedError("merge_counts")
