"""The base cases answer one step too much: ``depth`` gives 1 for a top-level category and
``breadcrumb`` adds the parent of a top-level category (``None``) to the trail.

Both come from stopping one call too late, at the ``None`` parent itself. The visible
tests catch it.
"""


def backoff_delay(attempt: int, base: float = 1.0) -> float:
    if attempt <= 1:
        return base
    return backoff_delay(attempt - 1, base) * 2


def depth(category: str, parents: dict[str, str | None]) -> int:
    parent = parents[category]
    if parent is None:
        return 1
    return depth(parent, parents) + 1


def breadcrumb(category: str, parents: dict[str, str | None]) -> list[str]:
    parent = parents[category]
    if parent is None:
        return [None, category]  # type: ignore[list-item]
    return [*breadcrumb(parent, parents), category]
