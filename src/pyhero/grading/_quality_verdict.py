"""Host side of a make-it-clean grading: the quality process's report as test results.

Each check the exercise asks for becomes one result after the tests, named ``quality:
<check>``: it passes with no finding, fails listing its findings one a line (``file:line:
column: rule message``), and is an error when the check could not run.  Its ``test_code``
is the command that reproduces the check on the learner's machine.  The report comes from
the job; every field is checked before use.
"""

from __future__ import annotations

from typing import Any

from pyhero.grading._results import QualityFinding, QualityReport, TestResult
from pyhero.quality import QualityKeys

__all__ = ["QUALITY_PREFIX", "is_quality_result", "quality_job", "quality_results"]

QUALITY_PREFIX = "quality: "
_SHOWN = 50


def quality_job(keys: QualityKeys, solution_files: tuple[str, ...]) -> dict[str, Any]:
    """The ``quality`` entry of a job message."""
    return {**keys.to_job(), "files": [name for name in solution_files if name.endswith(".py")]}


def is_quality_result(test: TestResult) -> bool:
    return test.name.startswith(QUALITY_PREFIX)


def _findings(check: str, data: object) -> list[QualityFinding]:
    found: list[QualityFinding] = []
    if not isinstance(data, list):
        return found
    for item in data:
        if not isinstance(item, dict):
            continue
        line, column = item.get("line"), item.get("column")
        found.append(
            QualityFinding(
                check=check,
                file=str(item.get("file", "")),
                line=line if type(line) is int and line >= 0 else 0,
                column=column if type(column) is int and column >= 0 else 0,
                rule=str(item.get("rule", "")),
                message=str(item.get("message", "")),
            )
        )
    return found


def _line(finding: QualityFinding) -> str:
    where = f"{finding.file}:{finding.line}" + (f":{finding.column}" if finding.column else "")
    return f"{where}: {finding.rule} {finding.message}"


def quality_results(
    report: object, keys: QualityKeys, solution_files: tuple[str, ...]
) -> tuple[list[TestResult], QualityReport]:
    """One result per check (in a fixed order) and the structured report."""
    commands = keys.commands(solution_files)
    checks = report.get("checks") if isinstance(report, dict) else None
    problem = report.get("error") if isinstance(report, dict) else None
    if not isinstance(checks, dict):
        checks = {}
        problem = problem or "the quality checks did not run"
    results: list[TestResult] = []
    counts: dict[str, int] = {}
    every: list[QualityFinding] = []
    for check, (title, command) in commands.items():
        data = checks.get(check)
        name = f"{QUALITY_PREFIX}{title}"
        error = data.get("error") if isinstance(data, dict) else None
        if not isinstance(data, dict) or error is not None or "findings" not in data:
            why = str(error or problem or "this check did not report")
            results.append(TestResult(name=name, status="error", message=why, test_code=command))
            counts[check] = -1
            continue
        findings = _findings(check, data.get("findings"))
        total = data.get("total")
        count = total if type(total) is int and total >= len(findings) else len(findings)
        counts[check] = count
        every.extend(findings)
        if not count:
            results.append(TestResult(name=name, status="pass", test_code=command))
            continue
        lines = [_line(finding) for finding in findings[:_SHOWN]]
        if count > len(lines):
            lines.append(f"... and {count - len(lines)} more")
        plural = "s" if count != 1 else ""
        message = f"{count} finding{plural}:\n" + "\n".join(lines)
        results.append(TestResult(name=name, status="fail", message=message, test_code=command))
    return results, QualityReport(counts=counts, findings=every)
