"""Result models (Exercism test-runner interface v3 plus pyhero fields) and text cleaning."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

__all__ = [
    "OUTPUT_LIMIT",
    "GradeResult",
    "Isolation",
    "SealedSummary",
    "TestResult",
    "Verdict",
    "cap_output",
    "clean_message",
    "clean_text",
    "drop_frames",
]

OUTPUT_LIMIT = 500
"""Characters of a test's output kept in the results (Exercism's limit)."""


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
    """One test of the exercise, in Exercism v3 shape plus its duration."""

    __test__ = False  # not a pytest test class
    model_config = ConfigDict(frozen=True)

    name: str
    status: Literal["pass", "fail", "error"]
    message: str | None = None
    output: str | None = None
    test_code: str = ""
    task_id: int | None = None
    duration_ms: float = 0.0


class SealedSummary(BaseModel):
    """How the learner's code fared on the exercise's sealed cases (see docs/sealed.md)."""

    model_config = ConfigDict(frozen=True)

    cases: int
    agreed: int
    seed: int | None = None


class GradeResult(BaseModel):
    """The outcome of grading one submission."""

    model_config = ConfigDict(frozen=True)

    version: int = 3
    status: Literal["pass", "fail", "error"]
    message: str | None = None
    verdict: Verdict
    tests: list[TestResult]
    duration_ms: float
    isolation: Isolation
    exercise: str
    sealed: SealedSummary | None = None

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
            if test.message is not None:
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


# Terminal control sequences (CSI, OSC, single-character escapes) and other C0/C1 controls
# except tab and newline: submissions must not be able to drive the learner's terminal.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|"
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


def clean_text(text: str) -> str:
    """Remove terminal escapes and control characters; keep tabs and newlines."""
    return _ESCAPES.sub("", text.replace("\r\n", "\n"))


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


def clean_message(text: str, workdirs: tuple[str, ...] = ()) -> str:
    """Drop grader/pytest traceback frames and shorten run-directory paths to file names."""
    kept = drop_frames(clean_text(text).splitlines(), _FRAME, _GRADER_PARTS)
    cleaned = "\n".join(kept)
    for workdir in sorted(workdirs, key=len, reverse=True):
        if workdir:
            cleaned = cleaned.replace(workdir.rstrip("/") + "/", "")
    return cleaned.strip()
