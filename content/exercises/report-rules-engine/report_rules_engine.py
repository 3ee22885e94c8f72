"""Multi-key report sorting and a tiny alert-rule evaluator built on operator."""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# Map "+", "-", "*", "/", "<", "<=", ">", ">=", "==", "!=" to functions of the operator module.
OPERATORS: dict[str, Callable[[Any, Any], Any]] = {}


@dataclass  # make it frozen (immutable and hashable)
class Owner:
    """Team owning a service."""

    team: str
    oncall: str


@dataclass  # make it frozen (immutable and hashable)
class ServiceReport:
    """One service's daily numbers."""

    name: str
    owner: Owner
    requests: int
    errors: int

    def error_rate(self) -> float:
        """Errors per request (0.0 when there were no requests)."""
        raise NotImplementedError("ServiceReport.error_rate")


def sort_rows(rows: Iterable[Mapping[str, Any]], keys: Sequence[str]) -> list[Mapping[str, Any]]:
    """Sort dict rows by the given keys, in priority order."""
    raise NotImplementedError("sort_rows")


def sort_reports(
    reports: Iterable[ServiceReport], *attributes: str, descending: bool = False
) -> list[ServiceReport]:
    """Sort reports by (possibly dotted) attribute names such as ``"owner.team"``."""
    raise NotImplementedError("sort_reports")


def worst_by(reports: Iterable[ServiceReport], method: str, count: int) -> list[str]:
    """Names of the ``count`` reports with the highest value of a no-argument method."""
    raise NotImplementedError("worst_by")


def evaluate(rule: str, row: Mapping[str, Any]) -> Any:
    """Evaluate ``"<operand> <symbol> <operand>"``; operands are numbers or field names."""
    raise NotImplementedError("evaluate")


def matching(rows: Iterable[Mapping[str, Any]], rule: str) -> list[Mapping[str, Any]]:
    """The rows for which ``rule`` is truthy."""
    raise NotImplementedError("matching")
