"""Sealed cases for access-log-aggregator: lines with a tab or two spaces between fields,
digits of other scripts in the status, size and duration, paths holding ``]``, ``#``,
accents or a no-break space, queries with a second ``?``, every optional part present or
not (and, under every seed, a no-break space, a tab or an em space inside the path or the
query), statuses at the edges of the range, sizes of ``-``; path segments that are all digits,
leading zeros, superscripts or Arabic-Indic digits, UUIDs in lower case, upper case, without
hyphens or in braces; aggregation over lists and generators with blank lines of every kind.

Client addresses are IPv4 or IPv6 text (the instructions accept any field there), methods
are ASCII, and paths given to ``normalise_path`` hold no line breaks."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "access_log_aggregator"

UUID = "9f1c2b7e-4d3a-4c8b-9a1e-5f6d7c8b9a0e"
SEGMENTS = ("api", "users", "orders", "42", "7", "007", "0", "v2", "42abc", UUID, UUID.upper(),
            UUID.replace("-", ""), "{" + UUID + "}", "\u0664\u0662", "\u00b2", "café", "a]b",
            "#frag", "", "x%20y", "12345678901234567890", "1.5", "-3", UUID + "x")  # fmt: skip
IPS = ("203.0.113.9", "10.0.0.1", "::1", "2001:db8::7", "198.51.100.250")
METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
QUERIES = ("", "", "?expand=1", "?a=1?b=2", "?", "?x=]&y=%22", "?q=caf\u00e9")
PROTOCOLS = ("HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/2", "HTTP/3")
TIMES = ("[10/Oct/2024:13:55:36 +0000]", "[x]", "[01/Jan/2025:00:00:00 +0100]", '[a "b" c]')
DURATIONS = ("", "", "0.023", "2", "10.5", "0.000", "120")
BAD_FIELDS = {
    "method": ("get", "Get", "G3T", ""),
    "protocol": ("HTTP/", "HTTPS/1.1", "http/1.1", "HTTP/\u0661.1"),
    "status": ("099", "600", "20", "2000", "\u0662\u0660\u0660", "2\u06600", "OK", "-"),
    "size": ("big", "\u0665\u0661\u0662", "-1", "", "1.5", "--"),
    "duration": (".5", "2.", "1e3", "\u0660.\u0665", "-1", "0.5s"),
}


def _path(rng: random.Random) -> str:
    return "/" + "/".join(gen.pick(rng, SEGMENTS) for _ in range(rng.randint(0, 4)))


def _fields(rng: random.Random) -> dict[str, str]:
    return {
        "ip": gen.pick(rng, IPS),
        "identity": "-",
        "user": gen.pick(rng, ("-", "alice", "bob@example.com")),
        "time": gen.pick(rng, TIMES),
        "method": gen.pick(rng, METHODS),
        "path": _path(rng),
        "query": gen.pick(rng, QUERIES),
        "protocol": gen.pick(rng, PROTOCOLS),
        "status": str(gen.pick(rng, (100, 199, 200, 204, 301, 404, 409, 499, 500, 503, 599))),
        "size": gen.pick(rng, ("-", "0", "512", "17", "00", "9876543210")),
        "duration": gen.pick(rng, DURATIONS),
    }


def _line(fields: dict[str, str], separators: list[str]) -> str:
    request = f'"{fields["method"]} {fields["path"]}{fields["query"]} {fields["protocol"]}"'
    parts = [fields["ip"], fields["identity"], fields["user"], fields["time"], request,
             fields["status"], fields["size"]]  # fmt: skip
    if fields["duration"]:
        parts.append(fields["duration"])
    text = parts[0]
    for separator, part in zip(separators, parts[1:], strict=False):
        text += separator + part
    return text


def _good_line(rng: random.Random) -> str:
    padding = ("", "", "\n", "\r\n", "  ", "\t", "\u00a0")
    line = _line(_fields(rng), [" "] * 8)
    return gen.pick(rng, padding) + line + gen.pick(rng, padding)


def _bad_line(rng: random.Random) -> str:
    fields = _fields(rng)
    separators = [" "] * 8
    roll = rng.random()
    if roll < 0.25:
        separators[rng.randrange(6)] = gen.pick(rng, ("  ", "\t", "\u00a0"))
    elif roll < 0.75:
        name = gen.pick(rng, sorted(BAD_FIELDS))
        fields[name] = gen.pick(rng, BAD_FIELDS[name])
        if name == "duration" and not fields[name]:
            fields[name] = "x"
    elif roll < 0.85:
        fields["path"] = gen.pick(rng, ("api/users", "", "/a\u00a0b", '/a"b'))
    else:
        return _line(fields, [" "] * 8) + gen.pick(rng, (" trailing", " 1 2", '"', " -"))
    return _line(fields, separators)


def aggregated(solution, lines, *, as_generator=False):  # type: ignore[no-untyped-def]
    given = (line for line in lines) if as_generator else list(lines)
    report = solution.aggregate(given)
    return {name: getattr(report, name)
            for name in ("per_status", "per_path", "total_bytes", "unparsed")}  # fmt: skip


def _lines(rng: random.Random) -> list[str]:
    lines: list[str] = []
    for _ in range(gen.size(rng, large=300)):
        roll = rng.random()
        if roll < 0.7:
            lines.append(_good_line(rng))
        elif roll < 0.85:
            lines.append(_bad_line(rng))
        else:
            lines.append(gen.pick(rng, ("", "\n", "   ", "\t\r\n", "\u00a0", "\u3000\n")))
    return lines


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed, over the three tasks."""
    for _ in range(50):
        yield Case.call("parse_line", _good_line(rng), task=1)
    for _ in range(50):
        yield Case.call("parse_line", _bad_line(rng), task=1, group="parse_line: invalid lines")
    line = '10.0.0.1 - - [x] "GET /a HTTP/1.1" 200 17'
    for tail in (" .5", " 2.", " 1.2.3", " \u0660.\u0665", " 2\u0660"):
        yield Case.call("parse_line", line + tail, task=1, group="parse_line: invalid lines")
    for inside in ("/a\u00a0b", "/a\tb", "/a\u2003b", "/a?q=1\u00a0x", "/a?q=\t", "/a?\u3000"):
        yield Case.call("parse_line", line.replace("/a", inside), task=1,
                        group="parse_line: invalid lines")  # fmt: skip
    for status in ("2\u0660\u0660", "5\u0660\u0663", "1\u0669\u0669"):
        yield Case.call("parse_line", line.replace("200", status), task=1,
                        group="parse_line: invalid lines")  # fmt: skip
    for _ in range(40):
        yield Case.call("normalise_path", _path(rng), task=2)
    for segment in SEGMENTS:
        yield Case.call("normalise_path", f"/x/{segment}/", task=2)
    for _ in range(30):
        yield Case.probe(aggregated, _lines(rng), task=3, as_generator=gen.chance(rng, 0.4))
    yield Case.probe(aggregated, [], task=3)
