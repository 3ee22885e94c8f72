"""No ``reduce`` and no ``partial``: ``compose`` loops over the steps in a closure, each
step is bound by a factory function (no late binding), options are checked by comparing
their names with the signature's parameters, and the folds are plain loops (the counts
through ``Counter.update``, which keeps zero and negative totals)."""

import inspect
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
Record = dict[str, Any]
Records = list[Record]
Step = Callable[[Records], Records]


def compose(*steps: Callable[[T], T]) -> Callable[[T], T]:
    """Chain ``steps`` left to right; no steps give the identity function."""

    def run(value: T) -> T:
        for step in steps:
            value = step(value)
        return value

    return run


def drop_missing(records: Records, field: str) -> Records:
    """Records in which ``field`` is present and not ``None``."""
    kept = []
    for record in records:
        if field in record and record[field] is not None:
            kept.append(record)
    return kept


def rename(records: Records, old: str, new: str) -> Records:
    """Copies of the records with key ``old`` renamed to ``new``."""
    renamed = []
    for record in records:
        copy = dict(record)
        if old in copy:
            copy[new] = copy.pop(old)
        renamed.append(copy)
    return renamed


def scale(records: Records, field: str, factor: float) -> Records:
    """Copies of the records with ``field`` multiplied by ``factor``."""
    scaled = []
    for record in records:
        copy = dict(record)
        copy[field] = copy[field] * factor
        scaled.append(copy)
    return scaled


STEPS: dict[str, Callable[..., Records]] = {
    "drop_missing": drop_missing,
    "rename": rename,
    "scale": scale,
}


def _bound(function: Callable[..., Records], options: Mapping[str, Any]) -> Step:
    kwargs = dict(options)

    def step(records: Records) -> Records:
        return function(records, **kwargs)

    return step


def _check(name: str, function: Callable[..., Records], options: Mapping[str, Any]) -> None:
    parameters = list(inspect.signature(function).parameters.values())[1:]
    names = {parameter.name for parameter in parameters}
    required = {p.name for p in parameters if p.default is inspect.Parameter.empty}
    if unexpected := set(options) - names:
        raise TypeError(f"step {name!r} got unexpected options {sorted(unexpected)}")
    if missing := required - set(options):
        raise TypeError(f"step {name!r} is missing options {sorted(missing)}")


def build_pipeline(config: Sequence[tuple[str, Mapping[str, Any]]]) -> Step:
    """Turn ``[(step_name, keyword_arguments), ...]`` into one callable."""
    steps: list[Step] = []
    for name, options in config:
        function = STEPS.get(name)
        if function is None:
            raise ValueError(f"unknown step '{name}'")
        _check(name, function, options)
        steps.append(_bound(function, options))
    return compose(*steps)


def total(records: Iterable[Record], field: str) -> float:
    """Sum of ``field`` over the records."""
    result: float = 0
    for record in records:
        result += record[field]
    return result


def merge_counts(counters: Iterable[Mapping[str, int]]) -> dict[str, int]:
    """Add up several ``{key: count}`` mappings into one dict."""
    merged: Counter[str] = Counter()
    for counts in counters:
        merged.update(counts)
    return dict(merged)
