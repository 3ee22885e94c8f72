"""``add_event`` and ``tally`` use ``[]`` and ``{}`` as default values.

The default list and dict are made once, when the ``def`` line runs, so every call without
a batch appends to the same list and every tally keeps counting from the last one. The
visible tests catch it on the second call.
"""

DEFAULT_OPTIONS: dict[str, object] = {"retries": 3, "timeout": 10, "endpoint": "/collect"}


def add_event(event: str, batch: list[str] = []) -> list[str]:  # noqa: B006
    batch.append(event)
    return batch


def with_defaults(
    options: dict[str, object], defaults: dict[str, object] | None = None
) -> dict[str, object]:
    if defaults is None:
        defaults = DEFAULT_OPTIONS
    return {**defaults, **options}


def tally(events: list[str], counts: dict[str, int] = {}) -> dict[str, int]:  # noqa: B006
    for name in events:
        counts[name] = counts.get(name, 0) + 1
    return counts
