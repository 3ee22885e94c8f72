"""Sealed cases for traffic-report-counter: fields separated by tabs and runs of spaces,
numbers with signs, underscores and other scripts' digits, targets with several ``?``, a
bare ``?`` or a leading ``//``, count ties whose first-seen order is not alphabetical,
one-pass generators, negative and zero counts in reports, and reports that must come back
unchanged.

Status classes are observed without zero counts (``Counter`` equality ignores them and the
instructions do not say whether they exist); ``combine`` keeps them, as the instructions
say."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "traffic_report_counter"

CLIENTS = ("203.0.113.5", "198.51.100.7", "2001:db8::1", "10.0.0.12", "bot-7", "café-proxy")
METHODS = ("GET", "get", "Post", "DELETE", "patch", "HEAD", "OPTIONS")
PATHS = ("/api/orders", "/api/users", "/health", "/", "/b", "/a", "/Z", "/café/menü",
         "//api/orders", "/api/orders/", "/search", "")  # fmt: skip
QUERIES = ("", "", "", "?page=2", "?", "?a=1&b=2", "?next=/x?y=1", "?q=caf%C3%A9")
SEPARATORS = (" ", " ", " ", "  ", "\t", " \t")
BAD_NUMBERS = ("+200", "2_00", "-0", "\u0662\u0660\u0660", "\uff12\uff10\uff10",
               "\u00b2\u2070\u2070", "20O", "200.0", "", "1e3", " ", "0x1F")  # fmt: skip


def _line(rng: random.Random, fields: list[str]) -> str:
    line = "".join(field + gen.pick(rng, SEPARATORS) for field in fields[:-1]) + fields[-1]
    return gen.pick(rng, ("", "", " ", "\t")) + line + gen.pick(rng, ("", "", "\n", "\r\n", "  "))


def _fields(rng: random.Random) -> list[str]:
    status = gen.pick(rng, ("100", "200", "204", "0200", "301", "404", "499", "500", "599"))
    size = gen.pick(rng, ("0", "512", "00", "9876543210987", str(rng.randint(1, 10**6))))
    target = gen.pick(rng, PATHS) + gen.pick(rng, QUERIES)
    if not target:
        target = "?only=query"
    return ["2024-03-01T10:00:00Z", gen.pick(rng, CLIENTS), gen.pick(rng, METHODS), target,
            status, size]  # fmt: skip


def parse(solution, line):  # type: ignore[no-untyped-def]
    """The parsed request as a plain list of its fields."""
    return list(solution.parse_line(line))


def _requests(solution, rows):  # type: ignore[no-untyped-def]
    return (solution.Request(*row) for row in rows)


def top(solution, rows, n):  # type: ignore[no-untyped-def]
    """``top_paths`` over a one-pass generator of requests."""
    return solution.top_paths(_requests(solution, rows), n)


def classes(solution, rows):  # type: ignore[no-untyped-def]
    """``status_classes`` over a generator: its non-zero counts, and that it is a Counter."""
    counts = solution.status_classes(_requests(solution, rows))
    return {"counts": {key: value for key, value in counts.items() if value},
            "is_counter": isinstance(counts, Counter)}  # fmt: skip


def increase(solution, today, yesterday):  # type: ignore[no-untyped-def]
    """``error_increase`` on two Counters; the inputs afterwards, too."""
    today_counter, yesterday_counter = Counter(today), Counter(yesterday)
    got = observe(solution.error_increase, today_counter, yesterday_counter)
    result = got.value
    return {
        "result": got,
        "is_counter": isinstance(result, Counter),
        "today": dict(today_counter),
        "yesterday": dict(yesterday_counter),
    }


def combined(solution, reports, *, as_generator=False):  # type: ignore[no-untyped-def]
    """``combine`` on Counters (as a list or a generator); the reports afterwards, too."""
    counters = [Counter(report) for report in reports]
    given = (counter for counter in counters) if as_generator else counters
    got = observe(solution.combine, given)
    return {
        "result": got,
        "is_counter": isinstance(got.value, Counter),
        "reports": [dict(counter) for counter in counters],
    }


def grouped(solution, rows):  # type: ignore[no-untyped-def]
    """``paths_by_client`` over a generator, in the dict's order, and its type."""
    result = solution.paths_by_client(_requests(solution, rows))
    return {"items": list(result.items()), "type": type(result).__name__}


def _rows(rng: random.Random, count: int) -> list[list[Any]]:
    """Requests whose paths repeat, with count ties and a first-seen order that is not
    alphabetical."""
    pool = gen.some(rng, PATHS[:-1], rng.randint(1, 8))
    paths = gen.with_ties(rng, gen.shuffled(rng, pool), count) if count >= 2 else pool[:count]
    return [[gen.pick(rng, CLIENTS[:4]), "GET", path,
             gen.pick(rng, (100, 101, 199, 200, 201, 299, 302, 404, 418, 500, 503, 599)),
             rng.randint(0, 5000)] for path in paths]  # fmt: skip


def _report(rng: random.Random, negative: bool = True) -> dict[str, int]:
    keys = gen.some(rng, ("2xx", "3xx", "4xx", "5xx", "/api/orders", "/health", "/é"),
                    rng.randint(0, 5))  # fmt: skip
    low = -4 if negative and gen.chance(rng, 0.5) else 0
    return {key: rng.randint(low, 9) for key in keys}


def _parse_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(40):
        yield Case.probe(parse, _line(rng, _fields(rng)), task=1)
    group = "parse_line: malformed"
    for _ in range(30):
        fields = _fields(rng)
        roll = rng.random()
        if roll < 0.2:
            del fields[rng.randrange(6)]
        elif roll < 0.3:
            fields.insert(rng.randrange(7), gen.pick(rng, ("extra", "-", "HTTP/1.1")))
        elif roll < 0.8:
            fields[gen.pick(rng, (4, 5))] = gen.pick(rng, BAD_NUMBERS)
        else:
            fields[4] = gen.pick(rng, ("0", "99", "600", "1000", "099"))
        line = _line(rng, [field for field in fields if field.strip()] if roll < 0.3 else fields)
        yield Case.probe(parse, line, task=1, group=group, message="malformed")
    for line in ("", "   ", "\t\n"):
        yield Case.probe(parse, line, task=1, group=group, message="malformed")
    for status, size in (("+200", "1"), ("2_00", "1"), ("\u0662\u0660\u0660", "1"),
                         ("200", "1_000"), ("200", "\uff17"), ("200", "-7")):  # fmt: skip
        line = f"t 10.0.0.12 GET / {status} {size}"
        yield Case.probe(parse, line, task=1, group=group, message="malformed")
    for target in ("//api/orders?page=2", "//health", "/a#frag", "/a#b?c=1", "///x?y", "/?x#y"):
        yield Case.probe(parse, f"t 10.0.0.12 GET {target} 200 1", task=1)


def _count_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(35):
        rows = _rows(rng, gen.size(rng, large=400))
        n = gen.pick(rng, (0, 1, 2, 3, 5, 100, rng.randint(0, 8)))
        yield Case.probe(top, rows, n, task=2)
    for n in (-1, -3):
        yield Case.probe(top, _rows(rng, 4), n, task=2, message="negative", group="top: n < 0")
    for _ in range(15):
        yield Case.probe(classes, _rows(rng, gen.size(rng, large=400)), task=2)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed, over the four tasks."""
    yield from _parse_cases(rng)
    yield from _count_cases(rng)
    for today, yesterday in (({}, {"/old": -3}), ({"a": 1}, {"a": -2, "b": -1}),
                             ({"a": -1}, {}), ({"x": 0}, {"x": -5, "y": 0})):  # fmt: skip
        yield Case.probe(increase, today, yesterday, task=3)
    for _ in range(25):
        today, yesterday = _report(rng), _report(rng)
        if today and gen.chance(rng, 0.5):  # some keys equal on both days
            yesterday.update(gen.some(rng, list(today.items()), rng.randint(1, len(today))))
        yield Case.probe(increase, today, yesterday, task=3)
    for _ in range(25):
        reports = [_report(rng) for _ in range(gen.size(rng, large=30))]
        yield Case.probe(combined, reports, task=3, as_generator=gen.chance(rng, 0.4))
    for _ in range(25):
        yield Case.probe(grouped, _rows(rng, gen.size(rng, large=400)), task=4)
