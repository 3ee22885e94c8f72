"""The host's side of sealed tests: what a reference run established, and the comparison.

The learner's job only ever received the encoded inputs; here, outside the sandbox, its
observations meet the reference's.  Each group of cases becomes one result line.
"""

from __future__ import annotations

from typing import Any

from pyhero.grading._protocol import Stream
from pyhero.grading._reference import Reference
from pyhero.grading._results import GradeResult, SealedSummary, TestResult, Verdict
from pyhero.grading._sealed_item import SEALED_NODEID

__all__ = ["ReferenceFailure", "reference_from_run", "sealed_results"]


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


def _message(outcome: Any) -> str:
    lines = [
        f"{outcome.total - outcome.agreed} of {outcome.total} generated cases disagree with "
        "the reference solution. The first ones:"
    ]
    for failure in outcome.failures:
        lines += [
            f"- {failure.call}",
            f"    your code: {failure.got}",
            f"    expected:  {failure.expected}",
        ]
    if outcome.stress:
        lines.append("These cases run your code from many threads: a race shows up only sometimes.")
    return "\n".join(lines)


def sealed_results(
    reference: Reference, stream: Stream, item: TestResult | None
) -> tuple[list[TestResult], SealedSummary]:
    """One result line per group of sealed cases, and the totals."""
    from pyhero.sealed import compare_runs

    cases = list(reference.cases or ())
    expected = list(reference.observations or ())
    actual = [
        stream.sealed[index].get("observation") if index in stream.sealed else None
        for index in range(len(cases))
    ]
    tests: list[TestResult] = []
    agreed = 0
    for outcome in compare_runs(cases, expected, actual):
        agreed += outcome.agreed
        passed = outcome.agreed == outcome.total
        tests.append(
            TestResult(
                name=f"sealed: {outcome.group}",
                status="pass" if passed else "fail",
                message=None if passed else _message(outcome),
                task_id=outcome.task,
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
