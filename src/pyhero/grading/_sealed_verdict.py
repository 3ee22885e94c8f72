"""The host's side of sealed tests: what a reference run established, and the comparison.

The learner's job only ever received the encoded inputs; here, outside the sandbox, its
observations meet the reference's.  Each group of cases becomes one result line.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any

from pyhero.grading._protocol import Stream
from pyhero.grading._reference import Reference
from pyhero.grading._results import GradeResult, SealedSummary, TestResult, Verdict
from pyhero.grading._sealed_item import SEALED_NODEID

__all__ = ["ReferenceFailure", "reference_from_run", "sealed_results", "withheld"]


class ReferenceFailure(Exception):
    """The exercise's own solution does not pass: a content error, shown as such."""


def reference_from_run(
    slug: str, result: GradeResult, stream: Stream, seed: int | None
) -> Reference:
    """The reference established by a run of the reference solution (which must pass)."""
    if result.verdict is not Verdict.passed or stream.header is None:
        raise ReferenceFailure(
            f"The exercise {slug} is broken: its reference solution does not pass its own "
            f"tests ({result.verdict.value}: {result.summary()}). Please report it."
        )
    nodeids = tuple(str(nodeid) for nodeid in stream.header["nodeids"])
    if seed is None:
        return Reference(nodeids=nodeids)
    count = len(stream.sealed)
    if not count or sorted(stream.sealed) != list(range(count)) or SEALED_NODEID not in nodeids:
        raise ReferenceFailure(f"The exercise {slug} is broken: its sealed cases did not all run.")
    records = [stream.sealed[index] for index in range(count)]
    if any("case" not in record or "observation" not in record for record in records):
        raise ReferenceFailure(f"The exercise {slug} is broken: a sealed record is incomplete.")
    return Reference(
        nodeids=nodeids,
        seed=seed,
        cases=tuple(record["case"] for record in records),
        observations=tuple(record["observation"] for record in records),
    )


def _message(outcome: Any, withheld: Any) -> str:
    lines: list[str] = []
    if outcome is not None and not outcome.passed:
        lines.append(
            f"{outcome.total - outcome.agreed} of {outcome.total} generated cases disagree "
            "with the reference solution. The first ones:"
        )
        for failure in outcome.failures:
            lines += [
                f"- {failure.call}",
                f"    your code: {failure.got}",
                f"    expected:  {failure.expected}",
            ]
    if withheld is not None and not withheld.passed:
        lines.append(
            "Your code also disagrees with the reference on hidden generated cases. Their "
            "expected answers are never shown, so only code that computes them can pass."
        )
    if (outcome or withheld).stress:
        lines.append("These cases run your code from many threads: a race shows up only sometimes.")
    return "\n".join(lines)


def withheld(cases: list[dict[str, Any]]) -> list[bool]:
    """Which cases decide a pass without their expected answer ever being shown.

    Feedback shows the expected answers of failing cases; a learner who collects them over
    many gradings (seeds rotate among a few) could pass with a lookup table.  About half of
    the cases of every group of two or more are *withheld*: judged by agreement only, with
    neither their answer, nor which of them or how many disagree, ever reported.  The
    choice hangs on the case's content (its call and arguments), not on its seed or place,
    so an input withheld in one seed's run is withheld in every run that has it.
    """
    sizes = Counter(_group_key(case) for case in cases)
    return [
        sizes[_group_key(case)] > 1
        and hashlib.sha256(_call_text(case).encode()).digest()[0] & 1 == 1
        for case in cases
    ]


def _group_key(case: dict[str, Any]) -> tuple[str, Any, bool]:
    return str(case.get("group") or case.get("target")), case.get("task"), bool(case.get("stress"))


def _call_text(case: dict[str, Any]) -> str:
    call = {name: case.get(name) for name in ("kind", "target", "args", "kwargs")}
    return json.dumps(call, sort_keys=True, ensure_ascii=True)


def sealed_results(
    reference: Reference, stream: Stream, item: TestResult | None
) -> tuple[list[TestResult], SealedSummary]:
    """One result line per group of sealed cases, and the totals.

    A group's withheld cases (see :func:`withheld`) count as agreeing only all together:
    the totals never tell how many of them disagree.
    """
    from pyhero.sealed import compare_runs

    cases = list(reference.cases or ())
    expected = list(reference.observations or ())
    actual = [
        stream.sealed[index].get("observation") if index in stream.sealed else None
        for index in range(len(cases))
    ]
    hidden = withheld(cases)

    def compared(kept: bool, shown: int) -> dict[tuple[str, Any, bool], Any]:
        chosen = [index for index in range(len(cases)) if hidden[index] is kept]
        outcomes = compare_runs(
            [cases[index] for index in chosen],
            [expected[index] for index in chosen],
            [actual[index] for index in chosen],
            shown=shown,
        )
        return {(outcome.group, outcome.task, outcome.stress): outcome for outcome in outcomes}

    shown, secret = compared(False, 3), compared(True, 0)
    tests: list[TestResult] = []
    agreed = 0
    for key in dict.fromkeys(_group_key(case) for case in cases):
        outcome, withheld_outcome = shown.get(key), secret.get(key)
        agreed += outcome.agreed if outcome is not None else 0
        hidden_ok = withheld_outcome is None or withheld_outcome.passed
        agreed += withheld_outcome.total if withheld_outcome is not None and hidden_ok else 0
        passed = (outcome is None or outcome.passed) and hidden_ok
        tests.append(
            TestResult(
                name=f"sealed: {key[0]}",
                status="pass" if passed else "fail",
                message=None if passed else _message(outcome, withheld_outcome),
                task_id=key[1],
            )
        )
    if item is not None and item.status != "pass" and len(stream.sealed) < len(cases):
        tests.append(
            TestResult(
                name="sealed: the cases could not all run",
                status="error",
                message=item.message,
            )
        )
    return tests, SealedSummary(cases=len(cases), agreed=agreed, seed=reference.seed)
