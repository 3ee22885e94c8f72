"""The recursive call of ``backoff_delay`` leaves ``base`` out, so it falls back to 1.0.

Only the first attempt uses the caller's base; with the default base every answer is
right, which hides the mistake. The visible tests catch it with ``base=0.5``.
"""


def backoff_delay(attempt: int, base: float = 1.0) -> float:
    if attempt == 1:
        return base
    return 2 * backoff_delay(attempt - 1)


def depth(category: str, parents: dict[str, str | None]) -> int:
    parent = parents[category]
    if parent is None:
        return 0
    return depth(parent, parents) + 1


def breadcrumb(category: str, parents: dict[str, str | None]) -> list[str]:
    parent = parents[category]
    if parent is None:
        return [category]
    return [*breadcrumb(parent, parents), category]
