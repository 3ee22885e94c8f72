"""Traffic report: implement the functions below with collections."""

from collections import Counter
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
    raise NotImplementedError


def top_paths(requests: Iterable[Request], n: int) -> list[tuple[str, int]]:
    """The n most requested paths with counts; ties keep first-seen order."""
    raise NotImplementedError


def status_classes(requests: Iterable[Request]) -> Counter[str]:
    """Requests per status class: '2xx', '3xx', '4xx', '5xx' (and '1xx')."""
    raise NotImplementedError


def error_increase(today: Counter[str], yesterday: Counter[str]) -> Counter[str]:
    """Keys that grew since yesterday, with how much they grew."""
    raise NotImplementedError


def combine(reports: Iterable[Counter[str]]) -> Counter[str]:
    """Add several per-host reports into one."""
    raise NotImplementedError


def paths_by_client(requests: Iterable[Request]) -> dict[str, list[str]]:
    """Distinct paths each client requested, in first-seen order."""
    raise NotImplementedError
