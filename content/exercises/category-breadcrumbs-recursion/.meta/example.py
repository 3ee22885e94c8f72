"""Retry delays and category trails, computed by functions that call themselves."""


def backoff_delay(attempt: int, base: float = 1.0) -> float:
    """Seconds to wait before ``attempt``: ``base`` for attempt 1, doubling each time."""
    if attempt == 1:
        return base
    return 2 * backoff_delay(attempt - 1, base)


def depth(category: str, parents: dict[str, str | None]) -> int:
    """Steps from the top of the tree down to ``category`` (0 for a top-level one)."""
    parent = parents[category]
    if parent is None:
        return 0
    return depth(parent, parents) + 1


def breadcrumb(category: str, parents: dict[str, str | None]) -> list[str]:
    """The categories from the top down to ``category``."""
    parent = parents[category]
    if parent is None:
        return [category]
    return [*breadcrumb(parent, parents), category]
