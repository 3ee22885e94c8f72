"""Sealed cases for report-rules-engine.

Rows and reports with ties on every sort key (``90`` and ``90.0`` too), descending sorts
with ties, decimals that are not binary fractions, unicode names, error rates that do not
round nicely; reports are built inside the probes from the learner's own dataclasses, and
once from a subclass that adds a method. Rules are written with tabs and runs of spaces,
numbers in every form ``float()`` reads, and several faults at once to check which error
the instructions say wins.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "report_rules_engine"

SERVICES = ("billing", "auth", "search", "api", "Ledger", "émail", "zeta", "Api", "検索", "a b")
REGIONS = ("eu", "us", "EU", "ap-south", "us-east-1")
TEAMS = ("payments", "core", "Core", "data", "édition", "zz")
NUMBERS = ("3", "-0.5", "1e3", "+2", ".5", "inf", "-inf", "0.1", "2.5E-1", "007", "-0", "210.3")
SEPARATORS = (" ", " ", "  ", "\t", " \t ", "   ")
PADDING = ("", "", " ", "\t", "\n", "  ")
NUMERIC_FIELDS = ("p95", "budget", "errors", "rate", "zero")
COMPARISONS = ("<", "<=", ">", ">=", "==", "!=")
ARITHMETIC = ("+", "-", "*", "/")
BAD_SYMBOLS = ("=>", "**", "<>", "=", "%", "//", "≥", "and", "===")


def _row(rng: random.Random, index: int) -> dict[str, Any]:
    p95 = gen.pick(rng, (90, 90.0, 180.5, 210.3, 0.1, 99.99, 1e3))
    return {
        "service": f"{gen.pick(rng, SERVICES)}-{index}",
        "region": gen.pick(rng, REGIONS),
        "p95": p95,
        "budget": gen.pick(rng, (90, 100.0, 180.5, 200.0, 0.3)),
        "errors": gen.pick(rng, (0, 0, 3, 7, 12, -1)),
        "rate": float(gen.decimal(rng, places=2, lo=0, hi=1)),
        "zero": 0,
    }


def _rows(rng: random.Random) -> list[dict[str, Any]]:
    return [_row(rng, index) for index in range(gen.size(rng, large=60))]


def sort_rows(solution, rows, keys, as_generator):  # type: ignore[no-untyped-def]
    """The sorted rows (each is named by its unique ``service``), and whether the caller's
    list is unchanged."""
    given = [dict(row) for row in rows]
    outcome = observe(solution.sort_rows, iter(given) if as_generator else given, keys)
    if outcome.returned:
        order = [row.get("service") if isinstance(row, dict) else row for row in outcome.value]
        return {"sorted": order, "input unchanged": given == rows}
    return {"sorted": outcome, "input unchanged": given == rows}


def _report(solution, data, cls=None):  # type: ignore[no-untyped-def]
    name, team, oncall, requests, errors = data
    return (cls or solution.ServiceReport)(name, solution.Owner(team, oncall), requests, errors)


def _reports(solution, data):  # type: ignore[no-untyped-def]
    return [_report(solution, item) for item in data]


def frozen(solution, data, field, value):  # type: ignore[no-untyped-def]
    """Assigning ``field`` of a report (``owner.x``: of its owner); equality and hashing of
    two reports built from the same data."""
    report, twin = _report(solution, data), _report(solution, data)
    target = report.owner if field.startswith("owner.") else report
    assign = observe(setattr, target, field.removeprefix("owner."), value)
    return {
        "assign": assign,
        "equal": report == twin,
        "same hash": observe(lambda: hash(report) == hash(twin)),
        "in a set": observe(lambda: len({report, twin, _report(solution, data)})),
    }


def error_rate(solution, data):  # type: ignore[no-untyped-def]
    return _report(solution, data).error_rate()


def sort_reports(solution, data, attributes, descending):  # type: ignore[no-untyped-def]
    """The names in the sorted order (``descending`` ``None``: not given)."""
    reports = _reports(solution, data)
    if descending is None:
        result = solution.sort_reports(reports, *attributes)
    else:
        result = solution.sort_reports(reports, *attributes, descending=descending)
    return [report.name for report in result]


def worst_by(solution, data, count):  # type: ignore[no-untyped-def]
    return solution.worst_by(_reports(solution, data), "error_rate", count)


def worst_by_own_method(solution, data, count):  # type: ignore[no-untyped-def]
    """``worst_by`` with a method that only a subclass of the learner's report has."""

    class WithLoad(solution.ServiceReport):  # type: ignore[misc, name-defined]
        def load(self) -> int:
            return self.requests % 7

    reports = [_report(solution, item, WithLoad) for item in data]
    return solution.worst_by(reports, "load", count)


def _report_data(rng: random.Random, count: int) -> list[tuple[str, str, str, int, int]]:
    """Reports whose requests, error rates and teams tie often."""
    data = []
    for index in range(count):
        requests = gen.pick(rng, (0, 0, 3, 100, 200, 1000, 7, 300))
        errors = gen.pick(rng, (0, 1, 2, 3, 10, 30)) if requests else 0
        team = gen.pick(rng, TEAMS)
        data.append((f"{gen.pick(rng, SERVICES)}-{index}", team, gen.word(rng), requests, errors))
    return data


def _rule(rng: random.Random, left: str, symbol: str, right: str) -> str:
    first, second = gen.pick(rng, SEPARATORS), gen.pick(rng, SEPARATORS)
    text = f"{left}{first}{symbol}{second}{right}"
    return gen.pick(rng, PADDING) + text + gen.pick(rng, PADDING)


def _operand(rng: random.Random) -> str:
    return gen.pick(rng, NUMERIC_FIELDS) if gen.chance(rng, 0.6) else gen.pick(rng, NUMBERS)


def _sort_rows_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        keys = gen.some(rng, gen.shuffled(rng, ("region", "p95", "budget", "errors", "service")))
        keys = keys[:3] or ["p95"]
        yield Case.probe(sort_rows, _rows(rng), keys, gen.chance(rng, 0.2), task=1)
    group = "sort_rows: invalid keys"
    for keys in ([], ["latency"], ["region", "latency"]):
        rows = _rows(rng) or [_row(rng, 0)]
        yield Case.probe(sort_rows, rows, keys, False, task=1, group=group)
    rows = [_row(rng, index) for index in range(4)]
    del rows[2]["budget"]
    yield Case.probe(sort_rows, rows, ["budget"], False, task=1, group=group)


def _report_cases(rng: random.Random) -> Iterator[Case]:
    fields = ("name", "requests", "errors", "owner", "owner.team", "owner.oncall")
    for field in fields:
        data = _report_data(rng, 1)[0]
        yield Case.probe(frozen, data, field, gen.pick(rng, (0, "x", None)), task=2)
    for requests, errors in ((3, 1), (7, 2), (12345, 1), (6, 5), (9, 1)):
        yield Case.probe(error_rate, ("api", "core", "bo", requests, errors), task=2)
    for _ in range(15):
        requests = gen.pick(rng, (0, 1, 3, 7, 1000, 12345, 10**9))
        errors = rng.randint(0, requests) if requests else gen.pick(rng, (0, 0, 5))
        data = (gen.pick(rng, SERVICES), "core", "bo", requests, errors)
        yield Case.probe(error_rate, data, task=2)
    choices = (
        ("owner.team",),
        ("requests",),
        ("errors",),
        ("owner.team", "requests"),
        ("owner.oncall",),
        ("errors", "name"),
        ("owner.team", "errors", "requests"),
    )
    for _ in range(30):
        data = _report_data(rng, gen.pick(rng, (0, 1, 3, 5, 8, 12)))
        descending = gen.pick(rng, (None, False, True, True))
        yield Case.probe(sort_reports, data, gen.pick(rng, choices), descending, task=2)
    group = "sort_reports: invalid attributes"
    for attributes in ((), ("owner.manager",), ("requests", "latency"), ("owner.team.x",)):
        data = _report_data(rng, rng.randint(1, 4))
        yield Case.probe(sort_reports, data, attributes, None, task=2, group=group)
    yield Case.probe(sort_reports, [], (), True, task=2, group=group)
    for _ in range(20):
        data = _report_data(rng, gen.pick(rng, (0, 1, 4, 6, 10)))
        count = gen.pick(rng, (0, 1, 2, 3, len(data), len(data) + 2))
        yield Case.probe(worst_by, data, count, task=2)
    for _ in range(5):
        data = _report_data(rng, rng.randint(2, 8))
        yield Case.probe(worst_by_own_method, data, rng.randint(1, 4), task=2)


def _rule_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(40):
        row = _row(rng, 0)
        symbol = gen.pick(rng, COMPARISONS + ARITHMETIC)
        right = _operand(rng)
        if symbol == "/" and right in ("zero", "-0"):
            right = "budget"
        rule = _rule(rng, _operand(rng), symbol, right)
        yield Case.call("evaluate", rule, row, task=3, group="evaluate")
    for _ in range(6):
        row = _row(rng, 0)
        left, right = gen.pick(rng, ("region", "service")), gen.pick(rng, ("region", "service"))
        rule = _rule(rng, left, gen.pick(rng, ("==", "!=", "<", ">=", "+")), right)
        yield Case.call("evaluate", rule, row, task=3, group="evaluate")
    group = "evaluate: malformed rules"
    malformed = ["p95 >", "p95 > 1 2", "", "   ", "p95", "p95 => budget 3", "latency", "a b c d"]
    for rule in malformed:
        yield Case.call("evaluate", rule, _row(rng, 0), task=3, group=group,
                        message="must look like")  # fmt: skip
    for _ in range(6):
        symbol = gen.pick(rng, BAD_SYMBOLS)
        left = gen.pick(rng, ("p95", "latency", "3"))
        rule = _rule(rng, left, symbol, gen.pick(rng, ("budget", "limit", "2")))
        yield Case.call("evaluate", rule, _row(rng, 0), task=3, group=group,
                        message="unknown operator")  # fmt: skip
    for _ in range(6):
        left, right = gen.pick(rng, (("latency", "budget"), ("p95", "limit"), ("P95", "3"),
                                     ("limit", "latency"), ("nanny", "1")))  # fmt: skip
        rule = _rule(rng, left, gen.pick(rng, COMPARISONS), right)
        yield Case.call("evaluate", rule, _row(rng, 0), task=3, group=group,
                        message="unknown field")  # fmt: skip
    for rule in ("p95 / zero", "1 / 0", "errors\t/  -0"):
        yield Case.call("evaluate", rule, _row(rng, 0), task=3, group="evaluate: division by zero")
    group = "evaluate: integer literals are floats"
    for rule in ("errors * 2", "3 + errors", "zero - 1", "1 + 2", "10 / 4", "zero * 7"):
        yield Case.call("evaluate", rule, _row(rng, 0), task=3, group=group)
    group = "evaluate: which error wins"
    for rule in ("latency => 3", "limit ** p95", "p95 % latency", "x y z w", "latency ="):
        expected = "unknown operator" if len(rule.split()) == 3 else "must look like"
        yield Case.call("evaluate", rule, _row(rng, 0), task=3, group=group, message=expected)
    for _ in range(12):
        rows = _rows(rng)
        symbol = gen.pick(rng, (*COMPARISONS, "-"))
        rule = _rule(rng, gen.pick(rng, NUMERIC_FIELDS), symbol, _operand(rng))
        yield Case.call("matching", rows, rule, task=3)
    rows = [_row(rng, index) for index in range(5)]
    del rows[3]["budget"]
    yield Case.call("matching", rows, "p95 >= budget", task=3, message="unknown field")


def cases(rng: random.Random) -> Iterator[Case]:
    """About 210 cases per seed."""
    yield from _sort_rows_cases(rng)
    yield from _report_cases(rng)
    yield from _rule_cases(rng)
