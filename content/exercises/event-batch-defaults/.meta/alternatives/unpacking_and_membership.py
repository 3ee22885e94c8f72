"""Dict unpacking for the merge and an ``in`` test for counting; the ``None`` checks are
written as conditional expressions."""

DEFAULT_OPTIONS: dict[str, object] = {"retries": 3, "timeout": 10, "endpoint": "/collect"}


def add_event(event: str, batch: list[str] | None = None) -> list[str]:
    target = [] if batch is None else batch
    target.append(event)
    return target


def with_defaults(
    options: dict[str, object], defaults: dict[str, object] | None = None
) -> dict[str, object]:
    base = DEFAULT_OPTIONS if defaults is None else defaults
    return {**base, **options}


def tally(events: list[str], counts: dict[str, int] | None = None) -> dict[str, int]:
    target = {} if counts is None else counts
    for name in events:
        if name in target:
            target[name] += 1
        else:
            target[name] = 1
    return target
