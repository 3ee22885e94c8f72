"""No ``itertools``: one pass over the events that extends or closes the open session,
a ``Counter`` sorted afterwards, nested comprehensions for the matrix, and a recursive
search for the mixes that only tries sizes at least as large as the previous one."""

from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence

Event = tuple[str, int]
Session = tuple[str, int, int, int]


def sessions(events: Iterable[Event], gap: int) -> list[Session]:
    """``(user, start, end, count)`` per session; a pause longer than ``gap`` starts a new one."""
    if gap < 0:
        raise ValueError("a negative gap makes no sense")
    found: list[Session] = []
    previous: Event | None = None
    for user, timestamp in events:
        if previous is not None and (user, timestamp) < previous:
            raise ValueError("events are not sorted by user and timestamp")
        previous = (user, timestamp)
        if found and found[-1][0] == user and timestamp - found[-1][2] <= gap:
            _, start, _, count = found[-1]
            found[-1] = (user, start, timestamp, count + 1)
        else:
            found.append((user, timestamp, timestamp, 1))
    return found


def events_per_user(events: Iterable[Event]) -> dict[str, int]:
    """Number of events of each user (events may come in any order)."""
    counts = Counter(user for user, _ in events)
    return {user: counts[user] for user in sorted(counts)}


def ci_matrix(
    pythons: Sequence[str], databases: Sequence[str], exclude: Collection[tuple[str, str]] = ()
) -> list[tuple[str, str]]:
    """Every (python, database) pair in order, minus the excluded ones."""
    skipped = set(exclude)
    return [(python, db) for python in pythons for db in databases if (python, db) not in skipped]


def _mixes(options: list[int], count: int, capacity: int, low: int) -> Iterator[tuple[int, ...]]:
    if count == 0:
        if capacity == 0:
            yield ()
        return
    for index in range(low, len(options)):
        for rest in _mixes(options, count - 1, capacity - options[index], index):
            yield (options[index], *rest)


def instance_mixes(sizes: Sequence[int], count: int, capacity: int) -> list[tuple[int, ...]]:
    """All ways to pick ``count`` instances (sizes may repeat) adding up to ``capacity``."""
    if count < 1:
        raise ValueError("count must be at least 1")
    return list(_mixes(sorted(set(sizes)), count, capacity, 0))
