"""Collects each client's distinct paths in a ``set`` and turns it into a list at the end.

The paths are right but their order follows the set's hashing, not first-seen order; with a
random hash seed the visible test with three paths passes now and then.
"""

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import NamedTuple


class Request(NamedTuple):
    client: str
    method: str
    path: str
    status: int
    size: int


def parse_line(line: str) -> Request:
    """Parse `<time> <client> <method> <path> <status> <bytes>`; drop any query string."""
    fields = line.split()
    if len(fields) != 6:
        raise ValueError(f"malformed line (expected 6 fields): {line!r}")
    _, client, method, target, status_text, size_text = fields
    if not all(text.isascii() and text.isdigit() for text in (status_text, size_text)):
        raise ValueError(f"malformed line (status and bytes must be unsigned integers): {line!r}")
    status, size = int(status_text), int(size_text)
    if not 100 <= status <= 599:
        raise ValueError(f"malformed line (status {status} out of range): {line!r}")
    path = target.partition("?")[0]
    return Request(client, method.upper(), path, status, size)


def top_paths(requests: Iterable[Request], n: int) -> list[tuple[str, int]]:
    """The n most requested paths with counts; ties keep first-seen order."""
    if n < 0:
        raise ValueError(f"n must not be negative, got {n}")
    return Counter(r.path for r in requests).most_common(n)


def status_classes(requests: Iterable[Request]) -> Counter[str]:
    """Requests per status class: '2xx', '3xx', '4xx', '5xx' (and '1xx')."""
    return Counter(f"{r.status // 100}xx" for r in requests)


def error_increase(today: Counter[str], yesterday: Counter[str]) -> Counter[str]:
    """Keys that grew since yesterday, with how much they grew."""
    return today - yesterday


def combine(reports: Iterable[Counter[str]]) -> Counter[str]:
    """Add several per-host reports into one."""
    total: Counter[str] = Counter()
    for report in reports:
        total.update(report)
    return total


def paths_by_client(requests: Iterable[Request]) -> dict[str, list[str]]:
    """Distinct paths each client requested, in first-seen order."""
    grouped: defaultdict[str, set[str]] = defaultdict(set)
    for r in requests:
        grouped[r.client].add(r.path)
    return {client: list(paths) for client, paths in grouped.items()}
