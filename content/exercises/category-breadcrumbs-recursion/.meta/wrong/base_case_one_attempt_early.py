"""``backoff_delay`` stops at attempt 0 instead of attempt 1.

The recursion ends one call later, so every delay is doubled once too often: attempt 1
waits ``2 * base``. The visible tests catch it.
"""


def backoff_delay(attempt: int, base: float = 1.0) -> float:
    if attempt == 0:
        return base
    return 2 * backoff_delay(attempt - 1, base)


def depth(category: str, parents: dict[str, str | None]) -> int:
    parent = parents[category]
    if parent is None:
        return 0
    return 1 + depth(parent, parents)


def breadcrumb(category: str, parents: dict[str, str | None]) -> list[str]:
    parent = parents[category]
    if parent is None:
        return [category]
    return [*breadcrumb(parent, parents), category]
