"""Progress export files (JSON or CSV) and their validation on import."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from pyhero.progress._review_types import (
    CardRecord,
    QuizResultRecord,
    ReadMarkRecord,
    ReviewRecord,
)
from pyhero.progress._types import AttemptRecord, HintRecord

__all__ = ["FORMAT", "ExchangeError", "ProgressExport", "dump", "parse"]

FORMAT = "pyhero-progress"
_CSV_FIELDS = (
    "record",
    "uid",
    "exercise",
    "created_at",
    "verdict",
    "tests_passed",
    "tests_total",
    "duration_ms",
    "isolation",
    "code_hash",
    "message",
    "tests",
    "code",
    "number",
    "data",
)
_RECORDS: dict[str, tuple[str, type[BaseModel]]] = {
    "read": ("read_marks", ReadMarkRecord),
    "quiz": ("quizzes", QuizResultRecord),
    "card": ("review_cards", CardRecord),
    "review": ("reviews", ReviewRecord),
}
"""CSV record kinds whose fields travel as one JSON object in the ``data`` column."""


class ExchangeError(ValueError):
    """An export file that cannot be imported; the message names the file and the field."""


class ProgressExport(BaseModel):
    """Everything recorded for one learner (version 1 files hold attempts and hints only)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["pyhero-progress"] = "pyhero-progress"
    version: Literal[1, 2] = 2
    learner: str = Field(min_length=1)
    exported_at: AwareDatetime
    attempts: tuple[AttemptRecord, ...] = ()
    hints: tuple[HintRecord, ...] = ()
    read_marks: tuple[ReadMarkRecord, ...] = ()
    quizzes: tuple[QuizResultRecord, ...] = ()
    review_cards: tuple[CardRecord, ...] = ()
    reviews: tuple[ReviewRecord, ...] = ()


def dump(export: ProgressExport, fmt: Literal["json", "csv"]) -> str:
    if fmt == "json":
        return export.model_dump_json(indent=2) + "\n"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=_CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for attempt in export.attempts:
        writer.writerow(
            {
                "record": "attempt",
                "uid": attempt.uid,
                "exercise": attempt.exercise,
                "created_at": attempt.created_at.isoformat(),
                "verdict": attempt.verdict,
                "tests_passed": attempt.tests_passed,
                "tests_total": len(attempt.tests),
                "duration_ms": attempt.duration_ms,
                "isolation": attempt.isolation,
                "code_hash": attempt.code_hash,
                "message": attempt.message or "",
                "tests": json.dumps([t.model_dump() for t in attempt.tests], ensure_ascii=False),
                "code": json.dumps(attempt.code, ensure_ascii=False),
            }
        )
    for hint in export.hints:
        writer.writerow(
            {
                "record": "hint",
                "exercise": hint.exercise,
                "number": hint.number,
                "created_at": hint.created_at.isoformat(),
            }
        )
    for record, (name, _) in _RECORDS.items():
        for item in getattr(export, name):
            writer.writerow({"record": record, "data": item.model_dump_json()})
    return out.getvalue()


def _describe(source: str, where: str, error: ValidationError) -> str:
    details = "; ".join(
        f"{'.'.join(str(p) for p in item['loc']) or '<root>'}: {item['msg']}"
        for item in error.errors()[:5]
    )
    return f"{source}: {where}{details}"


def _parse_csv(text: str, source: str, learner: str) -> ProgressExport:
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or "record" not in reader.fieldnames:
        raise ExchangeError(f"{source}: not a pyhero progress CSV (no 'record' column)")
    attempts: list[AttemptRecord] = []
    hints: list[HintRecord] = []
    others: dict[str, list[BaseModel]] = {name: [] for name, _ in _RECORDS.values()}
    for row in reader:
        where = f"row {reader.line_num}, "
        try:
            if row.get("record") == "attempt":
                fields: dict[str, Any] = {
                    key: row.get(key)
                    for key in ("uid", "exercise", "created_at", "verdict", "duration_ms")
                }
                fields |= {
                    "isolation": row.get("isolation"),
                    "code_hash": row.get("code_hash"),
                    "message": row.get("message") or None,
                    "tests": json.loads(row.get("tests") or "[]"),
                    "code": json.loads(row.get("code") or "null"),
                }
                attempts.append(AttemptRecord.model_validate(fields))
            elif row.get("record") == "hint":
                hints.append(
                    HintRecord.model_validate(
                        {k: row.get(k) for k in ("exercise", "number", "created_at")}
                    )
                )
            elif (kind := _RECORDS.get(str(row.get("record")))) is not None:
                name, model = kind
                others[name].append(model.model_validate_json(row.get("data") or "null"))
            else:
                known = ", ".join(repr(r) for r in ("attempt", "hint", *_RECORDS))
                raise ExchangeError(
                    f"{source}: {where}record: must be one of {known}, not {row.get('record')!r}"
                )
        except json.JSONDecodeError as exc:
            raise ExchangeError(f"{source}: {where}tests/code: invalid JSON: {exc}") from exc
        except ValidationError as exc:
            raise ExchangeError(_describe(source, where, exc)) from exc
    return ProgressExport.model_validate(
        {"learner": learner, "exported_at": _now(), "attempts": attempts, "hints": hints} | others
    )


def _now() -> str:
    return datetime.now(UTC).isoformat()


def parse(text: str, source: str, *, default_learner: str) -> ProgressExport:
    """Read a JSON or CSV export (detected from its content); raise :class:`ExchangeError`."""
    if text.lstrip().startswith("{"):
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ExchangeError(f"{source}: invalid JSON: {exc}") from exc
        try:
            return ProgressExport.model_validate(raw)
        except ValidationError as exc:
            raise ExchangeError(_describe(source, "", exc)) from exc
    return _parse_csv(text, source, default_learner)
