"""``add_event`` and ``tally`` copy what they are given and return the copy.

Copying feels safe, but the instructions say the caller's batch and counts are filled in
place: the caller keeps using their own list and never sees the new event. The visible
tests catch it (they check that the given batch is the one returned).
"""

DEFAULT_OPTIONS: dict[str, object] = {"retries": 3, "timeout": 10, "endpoint": "/collect"}


def add_event(event: str, batch: list[str] | None = None) -> list[str]:
    if batch is None:
        return [event]
    return [*batch, event]


def with_defaults(
    options: dict[str, object], defaults: dict[str, object] | None = None
) -> dict[str, object]:
    merged = dict(DEFAULT_OPTIONS if defaults is None else defaults)
    merged.update(options)
    return merged


def tally(events: list[str], counts: dict[str, int] | None = None) -> dict[str, int]:
    result = {} if counts is None else dict(counts)
    for name in events:
        result[name] = result.get(name, 0) + 1
    return result
