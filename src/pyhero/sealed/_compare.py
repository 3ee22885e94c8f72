"""Comparing a learner's observations with the reference's, on the host, and the feedback."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pyhero.sealed._render import describe_outcome, render, shorten
from pyhero.sealed._values import Json

__all__ = [
    "Failure",
    "GroupOutcome",
    "agree",
    "compare_runs",
    "describe_case",
    "describe_observation",
    "difference",
]

REL_TOL = 1e-9
ABS_TOL = 1e-12
DESCRIPTION_LIMIT = 300
NO_OBSERVATION = "no observation (the run stopped before this case)"
UNREADABLE = "an observation pyhero.sealed never makes (not a canonical encoding)"
MAX_DEPTH = 200
"""Nesting beyond which an observation is unreadable, whatever the interpreter's recursion
limit (the codec never nests that deep for values an exercise returns)."""


def too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether ``value`` (JSON: dicts, lists, scalars) nests deeper than ``limit``; iterative,
    so it never reaches the recursion limit itself."""
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            pending.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            pending.extend((child, depth + 1) for child in item)
    return False


def _close(expected: Json, actual: Json) -> bool:
    if not isinstance(expected, str) or not isinstance(actual, str):
        return False
    a, b = float(expected), float(actual)
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def agree(expected: Any, actual: Any) -> bool:
    """Whether two encoded observations agree: the same JSON tree, except that floats (and
    the parts of complex numbers) compare with ``math.isclose(rel_tol=1e-9,
    abs_tol=1e-12)`` and ``nan`` agrees with ``nan``. ``True`` never agrees with ``1``.

    ``actual`` comes from the learner's job and may be any JSON (code under test can hand
    the observer an ``Encoded`` of its own, or write the result channel): whatever is not
    a canonical encoding the comparison can read disagrees, it never raises.
    """
    if too_deep(actual):
        return False
    try:
        return _agree(expected, actual)
    except Exception:  # RecursionError, a float tag holding "x", a payload of the wrong shape
        return False


def _agree(expected: Any, actual: Any) -> bool:
    if isinstance(expected, dict):
        if not isinstance(actual, dict) or expected.keys() != actual.keys():
            return False
        if "$float" in expected:
            return _close(expected["$float"], actual["$float"])
        if "$complex" in expected:
            pairs = zip(expected["$complex"], actual["$complex"], strict=False)
            return len(actual["$complex"]) == 2 and all(_close(a, b) for a, b in pairs)
        return all(_agree(expected[key], actual[key]) for key in expected)
    if isinstance(expected, list):
        return (
            isinstance(actual, list)
            and len(expected) == len(actual)
            and all(_agree(e, a) for e, a in zip(expected, actual, strict=True))
        )
    return type(expected) is type(actual) and expected == actual


def describe_case(case: dict[str, Any]) -> str:
    """The call an encoded case makes, e.g. ``parse_timestamp('2024-05-01T12:00:00+05:45')``,
    at most about 300 characters (long values elided with "…")."""
    arguments = [render(arg) for arg in case.get("args", [])]
    arguments += [f"{name}={render(value)}" for name, value in case.get("kwargs", {}).items()]
    return shorten(f"{case.get('target', '?')}({', '.join(arguments)})", DESCRIPTION_LIMIT)


def describe_observation(observation: Any) -> str:
    """``returned …`` or ``raised ValueError: …`` (``None``: no observation); an
    observation that is not a canonical encoding is described as such, never raises."""
    if too_deep(observation):
        return UNREADABLE
    try:
        return _describe(observation)
    except Exception:  # a learner's job sent it: a zero denominator, 900 nested lists, …
        return UNREADABLE


def _describe(observation: Any) -> str:
    if observation is None:
        return NO_OBSERVATION
    if isinstance(observation, dict) and ("$returned" in observation or "$raised" in observation):
        return shorten(describe_outcome(observation), DESCRIPTION_LIMIT)
    return shorten(render(observation), DESCRIPTION_LIMIT)


_END = object()
_CONTAINERS = ("$tuple", "$set", "$frozenset", "$returned")


def _item_text(value: Any) -> str:
    return "nothing (it ends before)" if value is _END else shorten(render(value), 120)


def _list_difference(path: str, expected: list[Any], actual: list[Any]) -> tuple[str, Any, Any]:
    for index, (one, other) in enumerate(zip(expected, actual, strict=False)):
        if not agree(one, other):
            return _difference(f"{path}[{index}]", one, other)
    index = min(len(expected), len(actual))
    one = expected[index] if index < len(expected) else _END
    other = actual[index] if index < len(actual) else _END
    return f"{path}[{index}]", one, other


def _difference(path: str, expected: Any, actual: Any) -> tuple[str, Any, Any]:
    """The path to the first part where two disagreeing encoded values differ, and the
    two parts."""
    if isinstance(expected, list) and isinstance(actual, list):
        return _list_difference(path, expected, actual)
    if isinstance(expected, dict) and isinstance(actual, dict) and expected.keys() == actual.keys():
        [tag] = list(expected)[:1] or [""]
        parts = expected.get(tag), actual.get(tag)
        if len(expected) == 1 and tag in _CONTAINERS and all(isinstance(p, list) for p in parts):
            return _list_difference(path, expected[tag], actual[tag])
        if len(expected) == 1 and tag == "$returned":
            return _difference(path, expected[tag], actual[tag])
        if len(expected) == 1 and tag in ("$dict", "$object"):
            return _keyed_difference(path, tag, expected[tag], actual[tag])
    return path, expected, actual


def _keyed_difference(path: str, tag: str, expected: Any, actual: Any) -> tuple[str, Any, Any]:
    if tag == "$object":
        if expected[0] != actual[0]:
            return path, {tag: expected}, {tag: actual}
        expected, actual = expected[1], actual[1]
    for (key, one), (other_key, other) in zip(expected, actual, strict=False):
        if not agree(key, other_key):
            break
        if not agree(one, other):
            step = f".{key}" if tag == "$object" else f"[{render(key)}]"
            return _difference(path + step, one, other)
    return path, {tag: expected}, {tag: actual}


def difference(expected: Any, actual: Any) -> str:
    """Where two disagreeing observations first differ, when that is inside them:
    ``at [8]: got …, expected …`` (empty when they differ as a whole, or when ``actual`` is
    not a canonical encoding that can be shown)."""
    if actual is None or too_deep(actual):
        return ""
    try:
        path, one, other = _difference("", expected, actual)
        shown = f"got {_item_text(other)}, expected {_item_text(one)}"
    except Exception:  # an observation no codec made: nothing to point into
        return ""
    return f"at {path}: {shown}" if path else ""


@dataclass(frozen=True, slots=True)
class Failure:
    """One disagreeing case, as text for the learner; ``difference`` points into long
    values (``at [8]: got …, expected …``) and is empty when they differ as a whole."""

    call: str
    got: str
    expected: str
    difference: str = ""


@dataclass(frozen=True, slots=True)
class GroupOutcome:
    """The cases of one group (one line of feedback): how many agreed, the first failures."""

    group: str
    task: int | None
    total: int
    agreed: int
    stress: bool
    failures: tuple[Failure, ...]

    @property
    def passed(self) -> bool:
        return self.agreed == self.total


def _group_key(case: dict[str, Any]) -> tuple[str, int | None, bool]:
    group = str(case.get("group") or case.get("target"))
    return group, case.get("task"), bool(case.get("stress"))


def compare_runs(
    cases: Sequence[dict[str, Any]],
    expected: Sequence[Any],
    actual: Sequence[Any],
    *,
    shown: int = 3,
) -> list[GroupOutcome]:
    """Compare case by case; one :class:`GroupOutcome` per (group, task, stress), in the
    order the groups first appear. ``actual`` may be shorter than ``cases`` or hold ``None``:
    such cases disagree with "no observation (the run stopped before this case)"."""
    if len(expected) != len(cases):
        raise ValueError(f"{len(cases)} cases but {len(expected)} expected observations")
    totals: dict[tuple[str, int | None, bool], int] = {}
    agreed: dict[tuple[str, int | None, bool], int] = {}
    failures: dict[tuple[str, int | None, bool], list[Failure]] = {}
    for index, case in enumerate(cases):
        key = _group_key(case)
        totals[key] = totals.get(key, 0) + 1
        found = failures.setdefault(key, [])
        got = actual[index] if index < len(actual) else None
        if got is not None and agree(expected[index], got):
            agreed[key] = agreed.get(key, 0) + 1
        elif len(found) < shown:
            want = expected[index]
            found.append(
                Failure(
                    describe_case(case),
                    describe_observation(got),
                    describe_observation(want),
                    difference(want, got),
                )
            )
    return [
        GroupOutcome(key[0], key[1], total, agreed.get(key, 0), key[2], tuple(failures[key]))
        for key, total in totals.items()
    ]
