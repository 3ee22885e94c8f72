"""``with_defaults`` calls ``update`` on the defaults dict itself instead of a copy.

``merged = defaults`` gives the same dict a second name, so the options of one call leak
into ``DEFAULT_OPTIONS`` (or the caller's defaults) and show up in every later call. The
visible tests catch it.
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
    merged = DEFAULT_OPTIONS if defaults is None else defaults
    merged.update(options)
    return merged


def tally(events: list[str], counts: dict[str, int] | None = None) -> dict[str, int]:
    if counts is None:
        counts = {}
    for name in events:
        counts[name] = counts.get(name, 0) + 1
    return counts
