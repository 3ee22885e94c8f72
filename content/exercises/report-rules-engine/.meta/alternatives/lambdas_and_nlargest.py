"""Key functions written by hand (a tuple comprehension for rows, ``functools.reduce`` over
``getattr`` for dotted names), ``heapq.nlargest`` for the worst reports (stable like a
reversed sort), and a regular expression that splits and checks the rule."""

import heapq
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import reduce
from typing import Any

OPERATORS: dict[str, Callable[[Any, Any], Any]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}
_RULE = re.compile(r"\s*(\S+)\s+(\S+)\s+(\S+)\s*")


@dataclass(frozen=True)
class Owner:
    """Team owning a service."""

    team: str
    oncall: str


@dataclass(frozen=True)
class ServiceReport:
    """One service's daily numbers."""

    name: str
    owner: Owner
    requests: int
    errors: int

    def error_rate(self) -> float:
        """Errors per request (0.0 when there were no requests)."""
        if self.requests == 0:
            return 0.0
        return self.errors / self.requests


def sort_rows(rows: Iterable[Mapping[str, Any]], keys: Sequence[str]) -> list[Mapping[str, Any]]:
    """Sort dict rows by the given keys, in priority order."""
    if len(keys) == 0:
        raise ValueError("sort_rows needs a key")
    return sorted(rows, key=lambda row: tuple(row[key] for key in keys))


def _dotted(obj: object, name: str) -> Any:
    return reduce(getattr, name.split("."), obj)


def sort_reports(
    reports: Iterable[ServiceReport], *attributes: str, descending: bool = False
) -> list[ServiceReport]:
    """Sort reports by (possibly dotted) attribute names such as ``"owner.team"``."""
    if len(attributes) == 0:
        raise ValueError("sort_reports needs an attribute")
    return sorted(
        reports,
        key=lambda report: [_dotted(report, name) for name in attributes],
        reverse=descending,
    )


def worst_by(reports: Iterable[ServiceReport], method: str, count: int) -> list[str]:
    """Names of the ``count`` reports with the highest value of a no-argument method."""
    worst = heapq.nlargest(count, reports, key=lambda report: getattr(report, method)())
    return [report.name for report in worst]


def _value(token: str, row: Mapping[str, Any]) -> Any:
    try:
        return float(token)
    except ValueError:
        if token in row:
            return row[token]
    raise ValueError(f"unknown field: {token}")


def evaluate(rule: str, row: Mapping[str, Any]) -> Any:
    """Evaluate ``"<operand> <symbol> <operand>"``; operands are numbers or field names."""
    match = _RULE.fullmatch(rule)
    if match is None:
        raise ValueError(f"a rule must look like '<operand> <symbol> <operand>': {rule!r}")
    left, symbol, right = match.groups()
    function = OPERATORS.get(symbol)
    if function is None:
        raise ValueError(f"unknown operator: {symbol}")
    return function(_value(left, row), _value(right, row))


def matching(rows: Iterable[Mapping[str, Any]], rule: str) -> list[Mapping[str, Any]]:
    """The rows for which ``rule`` is truthy."""
    return list(filter(lambda row: evaluate(rule, row), rows))
