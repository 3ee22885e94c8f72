"""No recursion: a power of two for the delay and ``while`` loops that walk up the tree
(the breadcrumb is collected bottom-up and reversed)."""


def backoff_delay(attempt: int, base: float = 1.0) -> float:
    return base * 2 ** (attempt - 1)


def depth(category: str, parents: dict[str, str | None]) -> int:
    steps = 0
    parent = parents[category]
    while parent is not None:
        steps += 1
        parent = parents[parent]
    return steps


def breadcrumb(category: str, parents: dict[str, str | None]) -> list[str]:
    trail = [category]
    parent = parents[category]
    while parent is not None:
        trail.append(parent)
        parent = parents[parent]
    trail.reverse()
    return trail
