"""Turns what the host received (result channel + supervisor status) into a GradeResult."""

from __future__ import annotations

import math
import re
import signal
from typing import Any

from pyhero.exercise import Limits
from pyhero.grading._protocol import TAMPER_EXIT, Stream
from pyhero.grading._quality_verdict import quality_results
from pyhero.grading._reference import Reference
from pyhero.grading._results import (
    GradeResult,
    Isolation,
    QualityReport,
    SealedSummary,
    TestResult,
    Verdict,
    cap_output,
    clean_message,
    clean_text,
    drop_frames,
)
from pyhero.grading._sealed_item import SEALED_NODEID
from pyhero.grading._sealed_verdict import sealed_results
from pyhero.quality import QualityKeys

__all__ = ["clean_collect_error", "error_result", "judge"]

_CRASH_SIGNALS = {
    signal.SIGSEGV,
    signal.SIGBUS,
    signal.SIGILL,
    signal.SIGFPE,
    signal.SIGABRT,
    signal.SIGSYS,
}
_STATUS: dict[Verdict, Any] = {Verdict.passed: "pass", Verdict.failed: "fail"}
_PYTEST_FRAME = re.compile(r"^(?P<path>\S.*?):\d+: in \S+$")
_GRADER_PATHS = ("/_pytest/", "/pluggy/", "/pyhero/grading/", "/importlib/", "<frozen ")


def clean_collect_error(text: str, workdirs: tuple[str, ...]) -> str:
    """A readable message from pytest's collection error: no pytest/importlib frames."""
    kept: list[str] = []
    for line in drop_frames(clean_text(text).splitlines(), _PYTEST_FRAME, _GRADER_PATHS):
        if line.startswith("Hint: make sure your test modules"):
            continue
        kept.append(line[4:] if line.startswith("E   ") else line)
    return clean_message("\n".join(kept), workdirs)


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def error_result(
    message: str, *, verdict: Verdict, slug: str, isolation: Isolation, duration_ms: float
) -> GradeResult:
    return GradeResult(
        status="error",
        message=message,
        verdict=verdict,
        tests=[],
        duration_ms=duration_ms,
        isolation=isolation,
        exercise=slug,
    )


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _amount(value: object, default: float = 0.0) -> float:
    """A finite, non-negative number from a record field, else ``default``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    try:
        number = float(value)
    except OverflowError:
        return default
    return number if math.isfinite(number) and number >= 0 else default


def _tests(stream: Stream, workdirs: tuple[str, ...], *, finished: bool) -> list[TestResult]:
    """One result per collected test, whatever the records hold (they come from the job)."""
    nodeids = [str(nodeid) for nodeid in stream.header["nodeids"]] if stream.header else []
    tests: list[TestResult] = []
    for nodeid in nodeids:
        record = stream.tests.get(nodeid)
        if not isinstance(record, dict):
            name = ".".join(nodeid.split("::")[1:]) or nodeid
            why = "The test did not run to the end." if finished else "The test did not finish."
            tests.append(TestResult(name=name, status="error", message=why))
            continue
        output = _text(record.get("output"))
        shown = cap_output(output, total=int(_amount(record.get("output_chars"), len(output))))
        message = _text(record.get("message"))
        status = record.get("status")
        task_id = record.get("task_id")
        tests.append(
            TestResult(
                name=clean_text(_text(record.get("name")) or nodeid),
                status=status if status in ("pass", "fail", "error") else "error",
                message=clean_message(message, workdirs) if message else None,
                output=shown,
                test_code=_text(record.get("test_code")),
                task_id=task_id if type(task_id) is int else None,
                duration_ms=_amount(record.get("duration_ms")),
                skipped=record.get("skipped") is True,
            )
        )
    return tests


def _limit_verdict(
    status: dict[str, Any], end: dict[str, Any], limits: Limits
) -> tuple[Verdict, str] | None:
    sig = status.get("signal")
    cpu = float(status.get("cpu_seconds") or 0.0)
    if status.get("timed_out"):
        return Verdict.timeout, (
            f"Time limit exceeded: the tests were still running after {limits.wall_seconds:g} s."
        )
    if sig == signal.SIGXCPU or (sig == signal.SIGKILL and cpu >= limits.cpu_seconds * 0.95):
        return Verdict.timeout, f"CPU time limit of {limits.cpu_seconds:g} s exceeded."
    if status.get("output_overflow") or end.get("output_overflow"):
        return Verdict.output_limit, (
            f"Output limit exceeded: the tests printed more than {limits.output_kb} KB."
        )
    if end.get("memory_error") or status.get("memory_exceeded"):
        return Verdict.memory_limit, (
            f"Memory limit exceeded: the tests needed more than {limits.memory_mb} MB."
        )
    return None


def judge(
    stream: Stream,
    status: dict[str, Any] | None,
    *,
    limits: Limits,
    slug: str,
    isolation: Isolation,
    duration_ms: float,
    workdirs: tuple[str, ...],
    reference: Reference | None = None,
    fail_fast: bool = False,
    quality: tuple[QualityKeys, tuple[str, ...]] | None = None,
) -> GradeResult:
    """The verdict; only a complete and consistent stream can ever yield ``passed``.

    With ``fail_fast`` (the job stopped at its first failing test), a session cut short
    after a failure is ``failed``: the tests that did not run were never needed.

    With a ``reference`` (the exercise's own solution's run), the collected tests must be
    exactly the reference's, and a sealed set must agree with the reference's observations.
    With ``quality`` (a make-it-clean exercise's keys and solution files), each of its
    checks is a result after the tests, and a finding fails the grading.
    """
    sealed: SealedSummary | None = None
    checks: list[TestResult] = []
    report: QualityReport | None = None
    if quality is not None and status is not None:
        checks, report = quality_results(status.get("quality"), *quality)

    def result(verdict: Verdict, message: str | None, tests: list[TestResult]) -> GradeResult:
        if checks:
            tests = [*tests, *checks]
            if verdict is Verdict.passed and any(check.status != "pass" for check in checks):
                verdict = Verdict.failed
        return GradeResult(
            status=_STATUS.get(verdict, "error"),
            message=message if verdict is not Verdict.passed else None,
            verdict=verdict,
            tests=tests,
            duration_ms=duration_ms,
            isolation=isolation,
            exercise=slug,
            sealed=sealed,
            quality=report,
        )

    end = stream.end or {}
    tests, sealed_item = _without_sealed_item(
        stream, _tests(stream, workdirs, finished=stream.end is not None)
    )
    if status is None:
        return result(Verdict.crashed, "The grader lost contact with the test process.", tests)
    if status.get("setup_error"):
        return result(
            Verdict.error, f"The sandbox could not be prepared: {status['setup_error']}", tests
        )
    if status.get("exit_code") == TAMPER_EXIT or stream.tamper:
        reason = stream.tamper[0] if stream.tamper else "the test process was tampered with"
        return result(Verdict.tampered, f"The grader stopped the tests: {reason}.", tests)
    limit = _limit_verdict(status, end, limits)
    if limit is not None:
        return result(limit[0], limit[1], tests)
    if stream.problems:
        return result(
            Verdict.tampered,
            "The grader's result channel was tampered with: " + "; ".join(stream.problems[:3]),
            tests,
        )
    if status.get("done_garbage"):
        return result(Verdict.tampered, "The grader's control pipe was written to.", tests)
    if stream.end is not None and not status.get("finished"):
        return result(
            Verdict.tampered,
            "An end-of-session record arrived but the grader's runner never confirmed it.",
            tests,
        )
    if end.get("tampered"):
        names = ", ".join(list(end["tampered"])[:5])
        return result(
            Verdict.tampered, f"The code under test patched the test machinery ({names}).", tests
        )
    output_tail = clean_message(str(status.get("output") or ""), workdirs)[-1500:]
    sig = status.get("signal")
    if stream.end is not None and stream.header is None and not stream.collect_errors:
        message = f"pytest could not run the tests (exit status {end.get('exitstatus')})."
        return result(Verdict.error, f"{message}\n{output_tail}".strip(), tests)
    if not stream.complete and not (stream.end is not None and stream.collect_errors):
        if sig in _CRASH_SIGNALS:
            message = f"The test process crashed ({_signal_name(sig)})."
            return result(Verdict.crashed, f"{message}\n{output_tail}".strip(), tests)
        if sig is not None:
            message = f"The test process was killed ({_signal_name(sig)}) before the tests ended."
        else:
            message = "The test process exited before the tests ended (sys.exit or os._exit?)."
        return result(Verdict.error, message, tests)
    if stream.collect_errors:
        text = "\n\n".join(
            clean_collect_error(str(item.get("message") or ""), workdirs)
            for item in stream.collect_errors[:3]
        )
        return result(Verdict.error, text or "The tests could not be collected.", tests)
    if not tests:
        return result(Verdict.error, "No tests were found.", tests)
    if len(stream.tests) != len((stream.header or {}).get("nodeids", [])):
        if fail_fast and any(test.status == "fail" for test in tests):
            return result(Verdict.failed, "Stopped at the first failing test.", tests)
        return result(
            Verdict.error,
            f"The test session stopped before all tests ran ({end.get('exitstatus')}).",
            tests,
        )
    if all(test.skipped and test.status == "pass" for test in tests):
        return result(Verdict.error, "Every test was skipped: nothing was checked.", tests)
    if reference is None and sealed_item is not None and sealed_item.status != "pass":
        tests = [*tests, sealed_item.model_copy(update={"name": "sealed: the cases could not run"})]
    if reference is not None:
        mismatch = _collected_mismatch(stream, reference)
        if mismatch:
            return result(Verdict.error, mismatch, tests)
        if reference.sealed:
            sealed_tests, sealed = sealed_results(reference, stream, sealed_item)
            tests = [*tests, *sealed_tests]
    if all(test.status == "pass" for test in tests):
        return result(Verdict.passed, None, tests)
    return result(Verdict.failed, None, tests)


def _without_sealed_item(
    stream: Stream, tests: list[TestResult]
) -> tuple[list[TestResult], TestResult | None]:
    """The visible (and hidden) tests, and the sealed item's own result apart."""
    nodeids = list(stream.header["nodeids"]) if stream.header else []
    if SEALED_NODEID not in nodeids:
        return tests, None
    index = nodeids.index(SEALED_NODEID)
    return tests[:index] + tests[index + 1 :], tests[index]


def _collected_mismatch(stream: Stream, reference: Reference) -> str | None:
    """Why the collected tests are not the reference's, or ``None`` when they are."""
    collected = [str(nodeid) for nodeid in (stream.header or {}).get("nodeids", [])]
    if tuple(collected) == reference.nodeids:
        return None
    missing = [nodeid for nodeid in reference.nodeids if nodeid not in collected]
    unexpected = [nodeid for nodeid in collected if nodeid not in reference.nodeids]
    details = "; ".join(
        part
        for part in (
            f"missing: {', '.join(missing[:3])}" if missing else "",
            f"unexpected: {', '.join(unexpected[:3])}" if unexpected else "",
        )
        if part
    )
    return (
        f"The tests collected with your code are not the exercise's tests "
        f"({len(collected)} collected, {len(reference.nodeids)} expected"
        + (f"; {details})." if details else ", in another order).")
    )
