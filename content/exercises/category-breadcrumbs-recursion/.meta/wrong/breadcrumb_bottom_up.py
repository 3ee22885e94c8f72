"""``breadcrumb`` puts the category in front of its parent's trail.

``[category] + breadcrumb(parent)`` builds the path from the bottom up: the category first
and the top-level category last. The visible tests catch it.
"""


def backoff_delay(attempt: int, base: float = 1.0) -> float:
    if attempt == 1:
        return base
    return 2 * backoff_delay(attempt - 1, base)


def depth(category: str, parents: dict[str, str | None]) -> int:
    parent = parents[category]
    if parent is None:
        return 0
    return depth(parent, parents) + 1


def breadcrumb(category: str, parents: dict[str, str | None]) -> list[str]:
    parent = parents[category]
    if parent is None:
        return [category]
    return [category, *breadcrumb(parent, parents)]
