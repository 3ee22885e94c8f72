"""Batching helpers of an analytics client: optional lists and dicts done safely."""

DEFAULT_OPTIONS: dict[str, object] = {"retries": 3, "timeout": 10, "endpoint": "/collect"}


def add_event(event: str, batch: list[str] | None = None) -> list[str]:
    """Append ``event`` to ``batch`` (a new list when none is given) and return the batch."""
    if batch is None:
        batch = []
    batch.append(event)
    return batch


def with_defaults(
    options: dict[str, object], defaults: dict[str, object] | None = None
) -> dict[str, object]:
    """A new dict: ``defaults`` (``DEFAULT_OPTIONS`` when None) overridden by ``options``."""
    if defaults is None:
        defaults = DEFAULT_OPTIONS
    merged = dict(defaults)
    merged.update(options)
    return merged


def tally(events: list[str], counts: dict[str, int] | None = None) -> dict[str, int]:
    """Count each event name into ``counts`` (a new dict when none is given)."""
    if counts is None:
        counts = {}
    for name in events:
        counts[name] = counts.get(name, 0) + 1
    return counts
