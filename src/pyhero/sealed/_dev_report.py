"""The developer runner's text report."""

from __future__ import annotations

from typing import TextIO

from pyhero.sealed._dev_check import Result
from pyhero.sealed._dev_run import TestsRun

__all__ = ["report", "summary"]

_PAD = " " * 13


def _tests_text(tests: TestsRun) -> str:
    if tests.problem is not None:
        return f"tests: {tests.problem}"
    return f"tests {tests.total - len(tests.failing)}/{tests.total} pass"


def _caught_by(result: Result) -> str:
    caught = []
    if not result.tests.passed:
        caught.append("the tests")
    if not result.sealed_agrees:
        caught.append("the sealed set")
    only = " only" if len(caught) == 1 and result.groups is not None else ""
    return f"caught by {' and '.join(caught)}{only}"


def _verdict(result: Result) -> str:
    if result.candidate.role == "wrong":
        if result.passes:
            return "PROBLEM: it passes"
        return (
            "PROBLEM: it passes with another collector"
            if result.ever_passes
            else (f"ok, {_caught_by(result)}")
        )
    if result.always_passes:
        return "ok"
    if result.passes:
        return "PROBLEM: it fails with another collector"
    return "fails" if result.candidate.role == "candidate" else "PROBLEM: it fails"


def _collector_lines(result: Result, out: TextIO) -> None:
    for collector, agrees in result.collectors.items():
        print(f"{_PAD}  collector {collector}: sealed {'agrees' if agrees else 'disagrees'}",
              file=out)  # fmt: skip
    for flip in result.collector_flips[:3]:
        print(f"{_PAD}    {flip}", file=out)
    if len(result.collector_flips) > 3:
        print(f"{_PAD}    … {len(result.collector_flips) - 3} more cases", file=out)


def report(result: Result, out: TextIO) -> None:
    """One candidate: its line, what caught it, the first failing cases of each group."""
    candidate = result.candidate
    sealed = ""
    if result.groups is not None:
        agreed = sum(group.passed for group in result.groups)
        sealed = f", sealed {agreed}/{len(result.groups)} groups agree"
    print(f"{candidate.role:<12} {candidate.label}", file=out)
    about = candidate.summary() if candidate.role != "reference" else ""
    if about:
        print(f"{_PAD}{about}", file=out)
    print(f"{_PAD}{_tests_text(result.tests)}{sealed}: {_verdict(result)}", file=out)
    for name in result.tests.failing[:3]:
        print(f"{_PAD}  failing test: {name}", file=out)
    if result.tests.problem is not None and result.tests.output.strip():
        for line in result.tests.output.strip()[-600:].splitlines():
            print(f"{_PAD}  | {line}", file=out)
    if result.sealed_problem is not None:
        print(f"{_PAD}  sealed run: {result.sealed_problem}", file=out)
    _collector_lines(result, out)
    for group in result.groups or ():
        if group.passed:
            continue
        task = f" [task {group.task}]" if group.task is not None else ""
        stress = " (stress: probabilistic)" if group.stress else ""
        print(f"{_PAD}  {group.group}{task}{stress}: {group.agreed}/{group.total} agree", file=out)
        for failure in group.failures:
            print(f"{_PAD}    {failure.call}", file=out)
            print(f"{_PAD}      got:      {failure.got}", file=out)
            print(f"{_PAD}      expected: {failure.expected}", file=out)
            if failure.difference:
                print(f"{_PAD}      {failure.difference}", file=out)


def summary(results: list[Result]) -> str:
    """The last line: how many wrong ones were caught, how many alternatives pass."""
    wrong = [r for r in results if r.candidate.role == "wrong"]
    alternatives = [r for r in results if r.candidate.role == "alternative"]
    caught = sum(not r.ever_passes for r in wrong)
    by_tests = sum(not r.tests.passed for r in wrong)
    passing = sum(r.always_passes for r in alternatives)
    return (
        f"wrong implementations caught: {caught}/{len(wrong)} ({by_tests} by the tests alone); "
        f"alternatives passing: {passing}/{len(alternatives)}"
    )
