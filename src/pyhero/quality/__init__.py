"""The make-it-clean exercise kind: its keys in ``.meta/config.json`` and their meaning.

An exercise with ``"kind": "clean"`` is graded on its tests (and sealed set) and on zero
findings from real tools run inside the job's sandbox: mypy, ruff's rules, the formatter,
and pyhero's own refusal of suppressions.  The job side lives in
``pyhero.grading._quality_job``; the host side turns its report into test results in
``pyhero.grading._quality_verdict``.
"""

from __future__ import annotations

from pyhero.quality._keys import (
    FLAKE8_PLUGINS,
    MYPY_FLAGS,
    MYPY_STRICT_FLAGS,
    MypyCheck,
    QualityKeys,
    RuffCheck,
)

__all__ = [
    "CLEAN_KIND",
    "FLAKE8_PLUGINS",
    "MYPY_FLAGS",
    "MYPY_STRICT_FLAGS",
    "MypyCheck",
    "QualityKeys",
    "RuffCheck",
]

CLEAN_KIND = "clean"
"""The ``pyhero.kind`` of a make-it-clean exercise."""
