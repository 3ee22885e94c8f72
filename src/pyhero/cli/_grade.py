"""What ``pyhero grade`` does: grade directories through one warm grader, show or save."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import typer
from rich.console import Console
from rich.text import Text

from pyhero.config import get_settings
from pyhero.exercise import ExerciseError, load_exercise_spec
from pyhero.grading import Grader, GraderError, GradeResult, Verdict

__all__ = ["grade_directories", "render_result"]

_VERDICT_STYLE = {
    Verdict.passed: "bold green",
    Verdict.failed: "bold yellow",
}


def render_result(console: Console, directory: Path, result: GradeResult) -> None:
    """Verdict line, the grader's message, then each failing test with message and output."""
    passed = sum(test.status == "pass" for test in result.tests)
    console.print(
        Text.assemble(
            (str(directory), "bold"),
            "  ",
            (result.verdict.value.upper(), _VERDICT_STYLE.get(result.verdict, "bold red")),
            f"  {passed}/{len(result.tests)} tests passed in {result.duration_ms:.0f} ms",
            (f"  [{result.isolation.value}]", "dim"),
        )
    )
    if result.message:
        console.print(Text(result.message, style="red"))
    for test in result.tests:
        if test.status == "pass":
            continue
        console.print(Text.assemble("  ✗ ", (test.name, "bold"), f" ({test.status})"))
        if test.message:
            console.print(Text(_indent(test.message, 6)))
        if test.output:
            console.print(Text("    output:", style="dim"))
            console.print(Text(_indent(test.output, 6), style="dim"))


def _indent(text: str, width: int) -> str:
    return "\n".join(" " * width + line for line in text.splitlines())


def _output_paths(out: Path, results: Sequence[GradeResult]) -> list[Path]:
    if len(results) == 1:
        return [out / "results.json"]
    seen: dict[str, int] = {}
    paths: list[Path] = []
    for result in results:
        count = seen.get(result.exercise, 0)
        seen[result.exercise] = count + 1
        name = result.exercise if count == 0 else f"{result.exercise}-{count + 1}"
        paths.append(out / name / "results.json")
    return paths


def grade_directories(
    directories: Sequence[Path],
    *,
    as_json: bool,
    jobs: int | None,
    output_dir: Path | None,
    isolation: str | None,
) -> None:
    err = Console(stderr=True)
    for directory in directories:
        try:
            load_exercise_spec(directory)
        except ExerciseError as exc:
            err.print(Text(f"error: {exc}", style="red"))
            raise typer.Exit(2) from None
    settings = get_settings()
    mode = isolation or settings.grader_isolation
    if mode not in ("auto", "bubblewrap", "local"):
        err.print(Text(f"error: --isolation must be auto, bubblewrap or local, not {mode}"))
        raise typer.Exit(2)
    chosen: Literal["auto", "bubblewrap", "local"] = mode  # type: ignore[assignment]
    try:
        with Grader(workers=jobs or settings.grader_workers or None, isolation=chosen) as grader:
            results = grader.grade_many(directories)
    except GraderError as exc:
        err.print(Text(f"error: {exc}", style="red"))
        raise typer.Exit(1) from None
    if output_dir is not None:
        for path, result in zip(_output_paths(output_dir, results), results, strict=True):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(result.to_exercism(), indent=2) + "\n", encoding="utf-8")
    if as_json:
        payload = [result.model_dump(mode="json") for result in results]
        typer.echo(json.dumps(payload[0] if len(payload) == 1 else payload, indent=2))
        return
    console = Console()
    for directory, result in zip(directories, results, strict=True):
        render_result(console, directory, result)
