"""A different route: a regular expression reads the line, plain dicts count (Counters
are built only for the results), ranking sorts by (-count, first position), and grouping
uses ``dict.fromkeys`` to keep first-seen order."""

import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

_LINE = re.compile(r"\s*(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+([0-9]+)\s+([0-9]+)\s*", re.ASCII)


class Request(NamedTuple):
    client: str
    method: str
    path: str
    status: int
    size: int


def parse_line(line: str) -> Request:
    """Parse `<time> <client> <method> <path> <status> <bytes>`; drop any query string."""
    match = _LINE.fullmatch(line)
    if match is None:
        raise ValueError(f"malformed access-log line: {line!r}")
    _, client, method, target, status, size = match.groups()
    if int(status) < 100 or int(status) > 599:
        raise ValueError(f"malformed access-log line, status {status}: {line!r}")
    question = target.find("?")
    path = target if question < 0 else target[:question]
    return Request(client, method.upper(), path, int(status), int(size))


def top_paths(requests: Iterable[Request], n: int) -> list[tuple[str, int]]:
    """The n most requested paths with counts; ties keep first-seen order."""
    if n < 0:
        raise ValueError("a negative n makes no sense")
    counts: dict[str, int] = {}
    for request in requests:
        counts[request.path] = counts.get(request.path, 0) + 1
    first_seen = {path: position for position, path in enumerate(counts)}
    ranked = sorted(counts.items(), key=lambda item: (-item[1], first_seen[item[0]]))
    return ranked[:n]


def status_classes(requests: Iterable[Request]) -> Counter[str]:
    """Requests per status class: '2xx', '3xx', '4xx', '5xx' (and '1xx')."""
    counts: Counter[str] = Counter()
    for request in requests:
        counts[str(request.status)[0] + "xx"] += 1
    return counts


def error_increase(today: Counter[str], yesterday: Counter[str]) -> Counter[str]:
    """Keys that grew since yesterday, with how much they grew."""
    grown: Counter[str] = Counter()
    for key in dict.fromkeys([*today, *yesterday]):
        change = today.get(key, 0) - yesterday.get(key, 0)
        if change > 0:
            grown[key] = change
    return grown


def combine(reports: Iterable[Counter[str]]) -> Counter[str]:
    """Add several per-host reports into one."""
    total: dict[str, int] = {}
    for report in reports:
        for key, count in report.items():
            total[key] = total.get(key, 0) + count
    return Counter(total)


def paths_by_client(requests: Iterable[Request]) -> dict[str, list[str]]:
    """Distinct paths each client requested, in first-seen order."""
    seen: dict[str, dict[str, None]] = {}
    for request in requests:
        seen.setdefault(request.client, {})[request.path] = None
    return {client: list(paths) for client, paths in seen.items()}
