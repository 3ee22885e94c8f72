"""The ``pyhero.quality`` keys of a make-it-clean exercise's ``.meta/config.json``.

They say which checks apply to the learner's solution: mypy (``--strict`` and/or named
flags), ruff rules (by code, prefix or the flake8 plugin the reading index names), the
formatter and the line length both use, and whether ``Any`` is refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "FLAKE8_PLUGINS",
    "MYPY_FLAGS",
    "MYPY_STRICT_FLAGS",
    "MypyCheck",
    "QualityKeys",
    "RuffCheck",
]

MYPY_STRICT_FLAGS: tuple[str, ...] = (
    "disallow_any_generics",
    "disallow_subclassing_any",
    "disallow_untyped_calls",
    "disallow_untyped_defs",
    "disallow_incomplete_defs",
    "check_untyped_defs",
    "disallow_untyped_decorators",
    "warn_unused_ignores",
    "warn_return_any",
    "strict_equality",
    "extra_checks",
)
"""What ``mypy --strict`` turns on for a module (plus ``warn_redundant_casts`` and
``no_implicit_reexport``, which the grader always sets), as config-file option names."""

MYPY_FLAGS: frozenset[str] = frozenset(
    {
        *MYPY_STRICT_FLAGS,
        "disallow_any_explicit",
        "disallow_any_expr",
        "disallow_any_decorated",
        "disallow_any_unimported",
        "warn_unreachable",
        "strict_equality_for_none",
        "local_partial_types",
    }
)
"""The mypy options an exercise may turn on for the learner's modules (config-file names)."""

FLAKE8_PLUGINS: dict[str, tuple[str, ...]] = {
    "flake8-builtins": ("A",),
    "flake8-comprehensions": ("C4",),
    "flake8-logging-format": ("G",),
    "flake8-bugbear-mutable-defaults": ("B006", "B008"),
    "pep8-naming": ("N",),
    "flake8-pytest-style": ("PT",),
    "flake8-simplify": ("SIM",),
    "isort": ("I",),
}
"""The flake8 plugins of the reading index and the ruff rules that re-implement them."""

_RULE = re.compile(r"^[A-Z]{1,4}[0-9]{0,4}$")


class MypyCheck(BaseModel):
    """mypy over the solution's Python files."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    strict: bool = True
    flags: tuple[str, ...] = ()
    """More options for the learner's modules, by their config-file names."""
    type_tests: tuple[str, ...] = ()
    """Test files mypy checks with the solution (and with the same options): their
    ``typing.assert_type`` calls and typed uses pin the solution's API (an overload, a
    covariant protocol), which checking the solution alone cannot."""

    @field_validator("flags")
    @classmethod
    def _known_flags(cls, flags: tuple[str, ...]) -> tuple[str, ...]:
        unknown = sorted(set(flags) - MYPY_FLAGS)
        if unknown:
            known = ", ".join(sorted(MYPY_FLAGS))
            raise ValueError(f"unknown mypy flag(s) {', '.join(unknown)}; known: {known}")
        return flags

    def options(self) -> tuple[str, ...]:
        """Every option the learner's modules are checked with, in a stable order."""
        chosen = (*MYPY_STRICT_FLAGS, *self.flags) if self.strict else self.flags
        return tuple(dict.fromkeys(chosen))


def _selectors(values: tuple[str, ...]) -> tuple[str, ...]:
    resolved: list[str] = []
    for value in values:
        if value in FLAKE8_PLUGINS:
            resolved.extend(FLAKE8_PLUGINS[value])
        elif _RULE.match(value):
            resolved.append(value)
        else:
            plugins = ", ".join(FLAKE8_PLUGINS)
            raise ValueError(
                f"{value!r} is neither a ruff rule code or prefix (like B006 or SIM) "
                f"nor a flake8 plugin the index names ({plugins})"
            )
    return tuple(dict.fromkeys(resolved))


class RuffCheck(BaseModel):
    """``ruff check`` with exactly these rules (nothing from any configuration file)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    select: tuple[str, ...] = Field(min_length=1)
    ignore: tuple[str, ...] = ()
    convention: Literal["numpy", "google", "pep257"] | None = None
    """The docstring convention of the pydocstyle rules (``D``): ruff's
    ``lint.pydocstyle.convention``, which turns off the rules the convention disagrees with."""

    @field_validator("select", "ignore")
    @classmethod
    def _rules(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _selectors(values)


class QualityKeys(BaseModel):
    """Which checks a make-it-clean exercise runs on the learner's solution."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    mypy: MypyCheck | None = None
    ruff: RuffCheck | None = None
    format: bool = False
    """``ruff format --check``: the solution must be formatted as the formatter would."""
    line_length: int = Field(default=88, ge=40, le=200)
    """For ruff's line-length rule (E501) and the formatter."""
    forbid_any: bool = False
    """Refuse ``Any`` in the solution (as a finding), beside the suppressions that are
    always refused."""

    @model_validator(mode="after")
    def _something_to_check(self) -> QualityKeys:
        if self.mypy is None and self.ruff is None and not self.format:
            raise ValueError("names no check: give mypy, ruff or format")
        return self

    def to_job(self) -> dict[str, object]:
        """What the job's quality process needs, as plain JSON data."""
        return {
            "mypy": list(self.mypy.options()) if self.mypy is not None else None,
            "type_tests": list(self.mypy.type_tests) if self.mypy is not None else [],
            "ruff_select": list(self.ruff.select) if self.ruff is not None else None,
            "ruff_ignore": list(self.ruff.ignore) if self.ruff is not None else [],
            "ruff_convention": self.ruff.convention if self.ruff is not None else None,
            "format": self.format,
            "line_length": self.line_length,
            "forbid_any": self.forbid_any,
        }

    def commands(self, solution_files: Sequence[str]) -> dict[str, tuple[str, str]]:
        """Each check (by name) with its title and the command that reproduces it on the
        learner's machine, for the solution's Python files."""
        files = " ".join(name for name in solution_files if name.endswith(".py"))
        commands = {
            "suppressions": (
                "no suppressions (noqa, type: ignore, tool directives, cast)",
                "# pyhero refuses comments and constructs that silence the checks",
            )
        }
        if self.mypy is not None:
            flags = ["--strict"] if self.mypy.strict else []
            flags += [f"--{flag.replace('_', '-')}" for flag in self.mypy.flags]
            shown = " ".join(flags)
            checked = " ".join([files, *self.mypy.type_tests])
            commands["mypy"] = (
                f"mypy {shown}".strip(),
                f"mypy {shown} {checked}".replace("  ", " "),
            )
        if self.ruff is not None:
            rules = ",".join(self.ruff.select)
            ignore = f" --ignore {','.join(self.ruff.ignore)}" if self.ruff.ignore else ""
            convention = ""
            if self.ruff.convention is not None:
                convention = f" --config \"lint.pydocstyle.convention = '{self.ruff.convention}'\""
            commands["ruff"] = (
                f"ruff check --select {rules}{convention}",
                f"ruff check --isolated --line-length {self.line_length} --select {rules}"
                f"{ignore}{convention} {files}",
            )
        if self.format:
            commands["format"] = (
                "ruff format --check",
                f"ruff format --isolated --check --diff --line-length {self.line_length} {files}",
            )
        return commands
