"""Retry delays and category trails, computed by functions that call themselves."""


def backoff_delay(attempt: int, base: float = 1.0) -> float:
    """Seconds to wait before ``attempt``: ``base`` for attempt 1, doubling each time."""
    raise NotImplementedError("backoff_delay")


def depth(category: str, parents: dict[str, str | None]) -> int:
    """Steps from the top of the tree down to ``category`` (0 for a top-level one)."""
    raise NotImplementedError("depth")


def breadcrumb(category: str, parents: dict[str, str | None]) -> list[str]:
    """The categories from the top down to ``category``."""
    raise NotImplementedError("breadcrumb")
