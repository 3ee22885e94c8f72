"""``tally`` starts a new dict with ``counts = counts or {}``.

An empty dict is falsy, so a caller who passes their own empty dict gets the counts in a
different dict and their dict stays empty. ``add_event`` tests ``is None`` correctly, so
the visible tests (which only give ``tally`` a non-empty dict) miss it; the sealed set
passes empty dicts.
"""

DEFAULT_OPTIONS: dict[str, object] = {"retries": 3, "timeout": 10, "endpoint": "/collect"}


def add_event(event: str, batch: list[str] | None = None) -> list[str]:
    if batch is None:
        batch = []
    batch.append(event)
    return batch


def with_defaults(
    options: dict[str, object], defaults: dict[str, object] | None = None
) -> dict[str, object]:
    merged = dict(DEFAULT_OPTIONS if defaults is None else defaults)
    merged.update(options)
    return merged


def tally(events: list[str], counts: dict[str, int] | None = None) -> dict[str, int]:
    counts = counts or {}
    for name in events:
        counts[name] = counts.get(name, 0) + 1
    return counts
