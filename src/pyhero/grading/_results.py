"""Result models (Exercism test-runner interface v3 plus pyhero fields) and text cleaning."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict

__all__ = [
    "OUTPUT_LIMIT",
    "BugsSummary",
    "GradeResult",
    "Isolation",
    "QualityFinding",
    "QualityReport",
    "SealedSummary",
    "TestResult",
    "Verdict",
    "cap_output",
    "clean_message",
    "clean_text",
    "drop_frames",
    "safe_text",
]

OUTPUT_LIMIT = 500
"""Characters of a test's output kept in the results (Exercism's limit)."""


# Lone surrogates (no UTF-8 encoding exists), C0/C1 controls except tab and newline, and the
# bidirectional controls that reorder what a reader sees (CVE-2021-42574).
_UNSAFE = re.compile(
    "[\ud800-\udfff\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def safe_text(text: str) -> str:
    """Text any terminal, file or JSON encoder takes as it is, with nothing hidden.

    Lone surrogates become U+FFFD; control and bidirectional characters become visible
    escapes (``\\x00``, ``\\u202e``) rather than vanishing, since they may be what a
    test compared.  Idempotent: applied by every text field of the result models.
    """
    return _UNSAFE.sub(_visible, text.replace("\r\n", "\n"))


SafeText = Annotated[str, AfterValidator(safe_text)]


class Verdict(StrEnum):
    """What happened to a submission, more precise than Exercism's pass/fail/error."""

    passed = "passed"
    failed = "failed"
    error = "error"
    timeout = "timeout"
    memory_limit = "memory_limit"
    output_limit = "output_limit"
    crashed = "crashed"
    tampered = "tampered"


class Isolation(StrEnum):
    """The isolation a grading really ran with."""

    bubblewrap = "bubblewrap"
    local = "local"


class TestResult(BaseModel):
    """One test of the exercise, in Exercism v3 shape plus pyhero's fields.

    ``skipped``: the test skipped itself (``@unittest.skip``, ``pytest.mark.skip``,
    ``pytest.skip()`` in the test file); its status is ``pass``, as Exercism's own runner
    reports a skip, and ``message`` holds the reason.  The verdict ignores it.
    """

    __test__ = False  # not a pytest test class
    model_config = ConfigDict(frozen=True)

    name: SafeText
    status: Literal["pass", "fail", "error"]
    message: SafeText | None = None
    output: SafeText | None = None
    test_code: SafeText = ""
    task_id: int | None = None
    duration_ms: float = 0.0
    skipped: bool = False


class SealedSummary(BaseModel):
    """How the learner's code fared on the exercise's sealed cases (see docs/sealed.md)."""

    model_config = ConfigDict(frozen=True)

    cases: int
    agreed: int
    seed: int | None = None


class BugsSummary(BaseModel):
    """How a write-the-tests submission fared: the hidden buggy implementations its tests
    fail on (``caught`` of ``total``), and the line coverage of the module under test."""

    model_config = ConfigDict(frozen=True)

    total: int
    caught: int
    judged: bool = True
    """False while the tests fail against the real module: then no bug counts as caught."""
    coverage: float | None = None
    """Percent of the module's statements the tests ran (real module), when measured."""


class QualityFinding(BaseModel):
    """One finding of a make-it-clean grading: which check, where, which rule, what it says."""

    model_config = ConfigDict(frozen=True)

    check: str
    """``suppressions``, ``mypy``, ``ruff`` or ``format``."""
    file: SafeText
    line: int
    column: int = 0
    rule: SafeText
    message: SafeText


class QualityReport(BaseModel):
    """The checks that ran, how many findings each had (``-1``: it could not run), and the
    findings themselves (a bounded number per check)."""

    model_config = ConfigDict(frozen=True)

    counts: dict[str, int]
    findings: list[QualityFinding]

    @property
    def clean(self) -> bool:
        return not any(self.counts.values())


class GradeResult(BaseModel):
    """The outcome of grading one submission."""

    model_config = ConfigDict(frozen=True)

    version: int = 3
    status: Literal["pass", "fail", "error"]
    message: SafeText | None = None
    verdict: Verdict
    tests: list[TestResult]
    duration_ms: float
    isolation: Isolation
    exercise: SafeText
    sealed: SealedSummary | None = None
    bugs: BugsSummary | None = None
    quality: QualityReport | None = None
    """A make-it-clean exercise's findings (docs/content-format.md), else ``None``."""

    @property
    def passed(self) -> bool:
        return self.verdict is Verdict.passed

    def summary(self) -> str:
        """One line: the first test that did not pass, else the message or the verdict."""
        failing = [test for test in self.tests if test.status != "pass"]
        if failing:
            first = failing[0]
            return f"{first.name}: {(first.message or first.status).splitlines()[0][:200]}"
        lines = (self.message or "").splitlines()
        return lines[0][:200] if lines else self.verdict.value

    def to_exercism(self) -> dict[str, Any]:
        """Exactly the ``results.json`` shape of Exercism's test-runner interface v3."""
        tests: list[dict[str, Any]] = []
        for test in self.tests:
            item: dict[str, Any] = {
                "name": test.name,
                "status": test.status,
                "test_code": test.test_code,
            }
            if test.message is not None and test.status != "pass":
                item["message"] = test.message
            if test.output:
                item["output"] = test.output
            if test.task_id is not None:
                item["task_id"] = test.task_id
            tests.append(item)
        out: dict[str, Any] = {"version": 3, "status": self.status}
        if self.status == "error":
            out["message"] = self.message or "The tests could not be run."
        out["tests"] = tests
        return out


# Terminal control sequences (CSI, OSC, single-character escapes): formatting a submission
# printed, which must not drive the learner's terminal.  Lone controls are left to safe_text.
_ESCAPE_SEQUENCES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]"
)


def clean_text(text: str) -> str:
    """Remove terminal escape sequences, then make the text safe (see :func:`safe_text`)."""
    return safe_text(_ESCAPE_SEQUENCES.sub("", text))


def cap_output(text: str, limit: int = OUTPUT_LIMIT, total: int | None = None) -> str | None:
    """Cleaned output cut to ``limit`` characters with a notice; ``None`` when empty.

    ``total`` is the length of the full output when ``text`` is already a prefix of it.
    """
    text = clean_text(text)
    if not text:
        return None
    total = max(total or 0, len(text))
    if total <= limit:
        return text
    omitted = total - min(limit, len(text))
    return f"{text[:limit]}\n[output truncated: {omitted} more characters not shown]"


_FRAME = re.compile(r'^  File "(?P<path>[^"]+)", line \d+.*$')
_GRADER_PARTS = ("/_pytest/", "/pluggy/", "/pyhero/grading/", "<frozen importlib", "/importlib/")


def drop_frames(
    lines: Iterable[str], frame: re.Pattern[str], parts: tuple[str, ...]
) -> Iterator[str]:
    """``lines`` without the traceback frames (and their source lines) of matching paths.

    ``frame`` matches a frame's first line and names its file in the group ``path``; a frame
    is dropped when that path contains one of ``parts``.
    """
    skipping = False
    for line in lines:
        match = frame.match(line)
        if match:
            skipping = any(part in match.group("path") for part in parts)
            if skipping:
                continue
        elif skipping and line.startswith("    "):
            continue
        else:
            skipping = False
        yield line


# pytest's advice about its own command line means nothing to a learner.
_VERBOSITY_LINE = re.compile(r"^\s*Use -v+ to get more diff\s*$")
_VERBOSITY_HINT = re.compile(r", use '?-v+'? to show")


def clean_message(text: str, workdirs: tuple[str, ...] = ()) -> str:
    """Drop grader/pytest traceback frames and shorten run-directory paths to file names.

    pytest's hints about ``-v``/``-vv`` are dropped too.
    """
    lines = drop_frames(clean_text(text).splitlines(), _FRAME, _GRADER_PARTS)
    kept = (_VERBOSITY_HINT.sub("", line) for line in lines if not _VERBOSITY_LINE.match(line))
    cleaned = "\n".join(kept)
    for workdir in sorted(workdirs, key=len, reverse=True):
        if workdir:
            cleaned = cleaned.replace(workdir.rstrip("/") + "/", "")
    return cleaned.strip()
