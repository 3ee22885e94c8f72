"""The ``pyhero.tests`` block of a write-the-tests exercise's ``.meta/config.json``."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["BUGS_DIR", "WriteTestsKeys", "bug_file", "module_name"]

BUGS_DIR = ".meta/bugs"
"""Where the hidden buggy implementations live: ``.meta/bugs/<key>.py``."""

_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_FIXTURE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def bug_file(key: str) -> str:
    """The path, relative to the exercise, of the hidden implementation ``key``."""
    return f"{BUGS_DIR}/{key}.py"


def module_name(path: str) -> str:
    """The importable name of the module under test (``ledger.py`` -> ``ledger``)."""
    return PurePosixPath(path).stem


class WriteTestsKeys(BaseModel):
    """What a write-the-tests exercise grades besides the learner's tests passing.

    ``module`` is the file under test (listed in ``files.editor``: the learner reads it, the
    grader swaps in each hidden implementation); ``bugs`` maps each hidden implementation's
    key to the short title its result line shows.  The other keys are structural
    requirements read from pytest's collection, and a coverage threshold.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    module: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*\.py$")
    bugs: dict[str, str] = Field(min_length=1, max_length=30)
    min_tests: int = Field(default=1, ge=1, le=200)
    """Test functions (a parametrized function counts once)."""
    fixtures: tuple[str, ...] = ()
    """Fixtures the learner must define (test file or ``conftest.py``) and use."""
    own_fixture: bool = False
    """At least one test uses a fixture the learner defined."""
    parametrize: bool = False
    markers: tuple[str, ...] = ()
    """Each marker must be on at least one test (``asyncio``, ``parametrize``...)."""
    conftest: bool = False
    """A fixture defined in the learner's ``conftest.py`` is used by a test."""
    coverage: float | None = Field(default=None, gt=0, le=100)
    """Minimum line coverage of ``module``, in percent, measured with coverage.py."""

    @field_validator("bugs")
    @classmethod
    def _bug_keys(cls, bugs: dict[str, str]) -> dict[str, str]:
        for key, title in bugs.items():
            if not _KEY.match(key):
                raise ValueError(f"bug key {key!r} must be a snake_case file stem")
            if not 3 <= len(title.strip()) <= 90:
                raise ValueError(f"the title of bug {key!r} must have 3 to 90 characters")
        if len({title.strip().lower() for title in bugs.values()}) != len(bugs):
            raise ValueError("two bugs have the same title")
        return bugs

    @field_validator("fixtures", "markers")
    @classmethod
    def _identifiers(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        for name in names:
            if not _FIXTURE.match(name):
                raise ValueError(f"{name!r} is not a Python identifier")
        return names
