"""The Exercism exercise layout, as pyhero reads it (shared by curriculum and grading).

A directory is an exercise when it has ``.meta/config.json`` (Exercism's layout, with optional
pyhero keys under ``"pyhero"``) or, failing that, ``<snake_slug>.py`` and
``<snake_slug>_test.py``.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pyhero.quality import CLEAN_KIND, QualityKeys
from pyhero.writetests import WriteTestsKeys, bug_file

__all__ = [
    "EXERCISE_KINDS",
    "SEALED_FILE",
    "ExerciseError",
    "ExerciseSpec",
    "Limits",
    "PyheroKeys",
    "candidate_summary",
    "load_exercise_spec",
    "parse_hints",
]


SEALED_FILE = ".meta/sealed.py"
"""The exercise's sealed set (docs/sealed.md), relative to its directory."""


EXERCISE_KINDS = ("code", "tests", CLEAN_KIND)
"""What the learner writes: ``code`` (the solution, graded by the exercise's tests),
``tests`` (a test file, graded against hidden buggy implementations) or ``clean``
(make-it-clean: the tests pass and the quality checks in ``pyhero.quality`` find nothing);
docs/content-format.md."""


class ExerciseError(ValueError):
    """An exercise directory that cannot be read; the message names the file and the field."""


class Limits(BaseModel):
    """Resource limits for one grading run; every field has a sane default."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    cpu_seconds: float = Field(default=5.0, gt=0, le=120)
    wall_seconds: float = Field(default=10.0, gt=0, le=300)
    memory_mb: int = Field(default=512, ge=32, le=8192)
    processes: int = Field(default=32, ge=1, le=1024)
    file_size_mb: int = Field(default=16, ge=1, le=1024)
    open_files: int = Field(default=256, ge=16, le=4096)
    output_kb: int = Field(default=1024, ge=1, le=65536)


class PyheroKeys(BaseModel):
    """pyhero's own keys in ``.meta/config.json`` (all optional for plain Exercism exercises)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str | None = None
    topic: str | None = None
    difficulty: int | None = Field(default=None, ge=1, le=10)
    limits: Limits = Field(default_factory=Limits)
    hidden_tests: tuple[str, ...] = ()
    unsealed: str | None = Field(default=None, min_length=10)
    """Why the exercise has no sealed set (its checks read no generated input, say)."""
    environment: str | None = Field(default=None, pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    """The exercise environment it is graded in (``content/environments/<name>``), for
    libraries pyhero does not depend on; ``None``: pyhero's own interpreter."""
    kind: str = "code"
    """The exercise kind (:data:`EXERCISE_KINDS`)."""
    tests: WriteTestsKeys | None = None
    """What a ``tests`` exercise grades (``pyhero.writetests``)."""
    quality: QualityKeys | None = None
    """The checks of a ``clean`` exercise (docs/content-format.md)."""

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, value: str) -> str:
        if value not in EXERCISE_KINDS:
            raise ValueError(f"unknown kind {value!r} (one of {', '.join(EXERCISE_KINDS)})")
        return value

    @model_validator(mode="after")
    def _kind_keys(self) -> PyheroKeys:
        if (self.kind == "tests") != (self.tests is not None):
            raise ValueError('"tests" is required with kind "tests", and only with it')
        if (self.kind == CLEAN_KIND) != (self.quality is not None):
            raise ValueError(f"'quality' is required for kind {CLEAN_KIND!r}, and only for it")
        if self.kind == CLEAN_KIND and self.environment is None:
            raise ValueError(
                f"a {CLEAN_KIND!r} exercise names the environment its tools come from "
                "(for example 'quality')"
            )
        return self

    @field_validator("hidden_tests")
    @classmethod
    def _hidden_inside(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_safe_relative(v) for v in values)


def _safe_relative(value: str) -> str:
    path = PurePosixPath(value)
    if path.is_absolute() or ".." in path.parts or not value.strip():
        raise ValueError(f"{value!r} must be a relative path inside the exercise")
    return value


class _Files(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    solution: tuple[str, ...] = Field(min_length=1)
    test: tuple[str, ...]
    example: tuple[str, ...] = ()
    exemplar: tuple[str, ...] = ()
    editor: tuple[str, ...] = ()

    @field_validator("solution", "test", "example", "exemplar", "editor")
    @classmethod
    def _paths_stay_inside(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_safe_relative(v) for v in values)


class _Config(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    files: _Files
    blurb: str = ""
    authors: tuple[str, ...] = ()
    pyhero: PyheroKeys = Field(default_factory=PyheroKeys)

    @model_validator(mode="after")
    def _tests_listed(self) -> _Config:
        if not self.files.test and self.pyhero.kind != "tests":
            raise ValueError(
                "files.test: at least one test file is required (empty only for kind tests)"
            )
        return self


class ExerciseSpec(BaseModel):
    """Everything the engine needs to know about one exercise directory."""

    model_config = ConfigDict(frozen=True)

    slug: str
    path: Path
    solution_files: tuple[str, ...]
    test_files: tuple[str, ...]
    reference_files: tuple[str, ...]
    hidden_test_files: tuple[str, ...] = ()
    editor_files: tuple[str, ...] = ()
    """Files the tests use that the learner reads but does not edit (``files.editor``)."""
    blurb: str = ""
    pyhero: PyheroKeys = Field(default_factory=PyheroKeys)

    @property
    def snake_slug(self) -> str:
        return self.slug.replace("-", "_")

    @property
    def title(self) -> str:
        return self.pyhero.title or self.slug.replace("-", " ").capitalize()

    @property
    def limits(self) -> Limits:
        return self.pyhero.limits

    @property
    def kind(self) -> str:
        return self.pyhero.kind

    def instructions(self) -> str:
        """The task text: ``.docs/instructions.md`` plus ``.docs/instructions.append.md``."""
        parts = [
            (self.path / ".docs" / name).read_text(encoding="utf-8")
            for name in ("introduction.md", "instructions.md", "instructions.append.md")
            if (self.path / ".docs" / name).is_file()
        ]
        return "\n\n".join(part.strip() for part in parts)

    def hints(self) -> list[str]:
        hints_file = self.path / ".docs" / "hints.md"
        if not hints_file.is_file():
            return []
        return parse_hints(hints_file.read_text(encoding="utf-8"))


_HINT_HEADING = re.compile(r"^##\s+(.*)$", re.MULTILINE)


def parse_hints(markdown: str) -> list[str]:
    """Each level-2 section of ``hints.md`` is one hint, in order from gentle to specific."""
    headings = list(_HINT_HEADING.finditer(markdown))
    hints: list[str] = []
    for index, heading in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else len(markdown)
        body = markdown[heading.end() : end].strip()
        if body:
            hints.append(body)
    return hints


_DIRECTIVE = re.compile(r"#\s*(syntax|escape|check)\s*=", re.IGNORECASE)


#: Files whose comments start with ``//``: JSON with comments (VS Code's settings files).
_SLASH_COMMENTED = (".json", ".jsonc", ".json5")


def _leading_comments(source: str, marker: str = "#") -> str:
    """The comment block a non-Python file starts with, its lines starting with ``marker``
    (parser directives such as a Dockerfile's ``# syntax=`` skipped); a lone marker
    separates paragraphs."""
    lines: list[str] = []
    for line in source.splitlines():
        stripped = line.strip()
        if not stripped.startswith(marker):
            if lines or stripped:
                break
            continue
        if not lines and marker == "#" and _DIRECTIVE.match(stripped):
            continue
        lines.append(stripped[len(marker) :].strip())
    return "\n".join(lines)


#: Markdown files: described by the HTML comment they start with (``<!-- ... -->``).
_MARKDOWN = (".md", ".markdown")
_HTML_COMMENT = re.compile(r"\s*<!--(.*?)-->", re.DOTALL)
_REST_DIRECTIVE = re.compile(r"\.\.\s*(_|\S+::)")


def _rest_comment(source: str) -> str:
    """The comment a reStructuredText file starts with: ``..``, its text, and the indented
    lines after it (blank lines between them kept); a directive such as ``.. toctree::`` or
    a target ``.. _name:`` is no comment."""
    lines = source.lstrip().splitlines()
    if not lines or not lines[0].startswith("..") or _REST_DIRECTIVE.match(lines[0]):
        return ""
    block = [lines[0][2:]]
    for line in lines[1:]:
        if line.strip() and not line[0].isspace():
            break
        block.append(line)
    return "\n".join(block)


def _unindent(block: str) -> str:
    """A comment's text with each line stripped; a blank line separates paragraphs."""
    return "\n".join(line.strip() for line in block.strip().splitlines())


def candidate_summary(file_name: str, source: str) -> str:
    """What a hand-written candidate (``.meta/wrong``, ``.meta/alternatives``) does, on one
    line: the first paragraph of its module docstring, or for a file that is not Python of
    its leading comment block (``#`` lines in a Dockerfile, ``//`` lines in a JSON-with-
    comments file such as VS Code's ``settings.json``; the leading ``<!-- -->`` comment of a
    Markdown file, the leading ``..`` comment of a reStructuredText file).
    ``"(does not parse)"`` for broken Python."""
    if file_name.endswith(".py"):
        try:
            text = ast.get_docstring(ast.parse(source)) or ""
        except SyntaxError:
            return "(does not parse)"
    elif file_name.lower().endswith(_MARKDOWN):
        found = _HTML_COMMENT.match(source)
        text = _unindent(found.group(1)) if found else ""
    elif file_name.lower().endswith(".rst"):
        text = _unindent(_rest_comment(source))
    else:
        marker = "//" if file_name.lower().endswith(_SLASH_COMMENTED) else "#"
        text = _leading_comments(source, marker)
    return " ".join(text.strip().split("\n\n")[0].split())


def _describe(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in item['loc']) or '<root>'}: {item['msg']}"
        for item in error.errors()
    )


def load_exercise_spec(directory: Path) -> ExerciseSpec:
    """Read an exercise directory; raise :class:`ExerciseError` naming the file and field."""
    directory = Path(directory)
    slug = directory.name
    config_path = directory / ".meta" / "config.json"
    if not config_path.is_file():
        snake = slug.replace("-", "_")
        if (directory / f"{snake}.py").is_file() and (directory / f"{snake}_test.py").is_file():
            return ExerciseSpec(
                slug=slug,
                path=directory,
                solution_files=(f"{snake}.py",),
                test_files=(f"{snake}_test.py",),
                reference_files=(),
            )
        raise ExerciseError(
            f"{directory}: not an exercise (no .meta/config.json and no {snake}.py "
            f"with {snake}_test.py)"
        )
    try:
        raw: Any = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExerciseError(f"{config_path}: cannot be read as JSON: {exc}") from exc
    try:
        config = _Config.model_validate(raw)
    except ValidationError as exc:
        raise ExerciseError(f"{config_path}: {_describe(exc)}") from exc
    if config.pyhero.tests is not None:
        _check_write_tests(config_path, config.files, config.pyhero.tests)
    return ExerciseSpec(
        slug=slug,
        path=directory,
        solution_files=config.files.solution,
        test_files=config.files.test,
        reference_files=config.files.example or config.files.exemplar,
        hidden_test_files=config.pyhero.hidden_tests,
        editor_files=config.files.editor,
        blurb=config.blurb,
        pyhero=config.pyhero,
    )


def _check_write_tests(config_path: Path, files: _Files, keys: WriteTestsKeys) -> None:
    """A ``tests`` exercise: the module under test is a read-only file the learner sees, the
    learner's files are test files (and a ``conftest.py``), every hidden bug exists."""
    problems: list[str] = []
    if keys.module not in files.editor:
        problems.append(f"pyhero.tests.module: {keys.module} must be listed in files.editor")
    if keys.module in files.solution:
        problems.append(f"pyhero.tests.module: {keys.module} cannot be a solution file")
    if files.test:
        problems.append("files.test: must be empty (the learner's solution is the test file)")
    if not any(PurePosixPath(name).name != "conftest.py" for name in files.solution):
        problems.append("files.solution: needs a test file besides conftest.py")
    if keys.conftest and "conftest.py" not in files.solution:
        problems.append("pyhero.tests.conftest: conftest.py must be a solution file")
    if any("/" in name for name in files.solution):
        problems.append("files.solution: the test files of a tests exercise sit at the top level")
    directory = config_path.parent.parent
    problems.extend(
        f"pyhero.tests.bugs.{key}: {bug_file(key)} is missing"
        for key in keys.bugs
        if not (directory / bug_file(key)).is_file()
    )
    if problems:
        raise ExerciseError(f"{config_path}: {'; '.join(problems)}")
