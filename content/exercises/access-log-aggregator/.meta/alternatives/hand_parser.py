"""A different route: the line is taken apart with ``split``, ``partition`` and ``find``
(the regular expression only checks the numbers), paths are normalised segment by segment,
and the counts are ``Counter`` objects turned into dicts."""

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

LOG_LINE = re.compile(
    r"(?P<ip>\S+) (?P<identity>\S+) (?P<user>\S+) \[(?P<time>[^\]]+)\] "
    r'"(?P<method>[A-Z]+) (?P<path>/[^\s?"]*)(?:\?(?P<query>[^\s"]*))? (?P<protocol>HTTP/[0-9.]+)" '
    r"(?P<status>[1-5][0-9]{2}) (?P<size>[0-9]+|-)(?: (?P<duration>[0-9]+(?:\.[0-9]+)?))?"
)
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_UUID = re.compile(r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}")


@dataclass(frozen=True)
class Hit:
    """One parsed request."""

    ip: str
    method: str
    path: str
    status: int
    size: int
    duration: float | None


@dataclass
class LogReport:
    """Aggregates over many lines."""

    per_status: dict[int, int] = field(default_factory=dict)
    per_path: dict[str, int] = field(default_factory=dict)
    total_bytes: int = 0
    unparsed: int = 0


def _token(text: str) -> bool:
    return text != "" and not any(character.isspace() for character in text)


def _ascii_number(text: str, *, fraction: bool = False) -> bool:
    if not text.isascii():
        return False
    if fraction:
        return _NUMBER.fullmatch(text) is not None
    return text.isdigit()


def parse_line(line: str) -> Hit | None:
    """Parse one line; ``None`` when it is not a valid access-log line."""
    parts = line.strip().split(" ", 3)
    if len(parts) != 4 or not all(_token(part) for part in parts[:3]):
        return None
    ip, rest = parts[0], parts[3]
    close = rest.find("]")
    if not rest.startswith("[") or close < 2 or rest[close + 1 : close + 3] != ' "':
        return None
    request, quote, tail = rest[close + 3 :].partition('"')
    if not quote or not tail.startswith(" "):
        return None
    words = request.split(" ")
    if len(words) != 3:
        return None
    method, target, protocol = words
    if not (method.isascii() and method.isalpha() and method.isupper()):
        return None
    if not target.startswith("/") or not _token(target):
        return None
    version = protocol.removeprefix("HTTP/")
    if version == protocol or not version or not all(c in "0123456789." for c in version):
        return None
    numbers = tail[1:].split(" ")
    if len(numbers) not in (2, 3):
        return None
    status, size = numbers[0], numbers[1]
    if len(status) != 3 or not _ascii_number(status) or not "100" <= status <= "599":
        return None
    if size != "-" and not _ascii_number(size):
        return None
    duration = None
    if len(numbers) == 3:
        if not _ascii_number(numbers[2], fraction=True):
            return None
        duration = float(numbers[2])
    path = target.partition("?")[0]
    return Hit(ip, method, path, int(status), 0 if size == "-" else int(size), duration)


def normalise_path(path: str) -> str:
    """Replace numeric and UUID path segments with ``:id``."""
    segments = path.split("/")
    for index, segment in enumerate(segments):
        numeric = segment != "" and segment.isascii() and segment.isdigit()
        if index > 0 and (numeric or _UUID.fullmatch(segment)):
            segments[index] = ":id"
    return "/".join(segments)


def aggregate(lines: Iterable[str]) -> LogReport:
    """Count requests per status and per normalised path; skip blank lines."""
    statuses: Counter[int] = Counter()
    paths: Counter[str] = Counter()
    total = unparsed = 0
    for line in lines:
        if line.isspace() or line == "":
            continue
        hit = parse_line(line)
        if hit is None:
            unparsed += 1
        else:
            statuses[hit.status] += 1
            paths[hit.method + " " + normalise_path(hit.path)] += 1
            total += hit.size
    return LogReport(dict(statuses), dict(paths), total, unparsed)
