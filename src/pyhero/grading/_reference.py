"""What an exercise's own solution establishes, once per content and seed, cached.

A *reference run* is a sandboxed job like any other, with the exercise's reference solution
(``files.example``/``files.exemplar``) as the submission.  It yields the test ids a correct
solution collects (the host accepts a learner's results only for exactly those) and, for an
exercise with ``.meta/sealed.py``, the generated cases and the reference's observations.
Results are kept in memory and as JSON under the user cache directory, keyed by a hash of
everything that can change them: the exercise's files, the sealed runtime and Python.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from pyhero.exercise import SEALED_FILE, ExerciseSpec
from pyhero.grading._workdir import support_files

__all__ = [
    "SEALED_CASES",
    "SEALED_FILE",
    "SEALED_MODULE",
    "Reference",
    "ReferenceCache",
    "content_key",
    "seeds_for",
]

SEALED_MODULE = "_pyhero_sealed.py"
"""Where a job finds the sealed module (its inputs and probes, never expected values)."""
SEALED_CASES = "_pyhero_sealed_cases.json"
"""Where a learner's job finds the encoded inputs of its sealed cases."""
SEEDS_PER_EXERCISE = 3
_FORMAT = 1


@dataclass(frozen=True)
class Reference:
    """The reference solution's run: its test ids and, with a sealed set, cases and answers."""

    nodeids: tuple[str, ...]
    seed: int | None = None
    cases: tuple[dict[str, Any], ...] | None = None
    observations: tuple[Any, ...] | None = None

    @property
    def sealed(self) -> bool:
        return self.cases is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": _FORMAT,
            "nodeids": list(self.nodeids),
            "seed": self.seed,
            "cases": None if self.cases is None else list(self.cases),
            "observations": None if self.observations is None else list(self.observations),
        }

    @classmethod
    def from_json(cls, data: Any) -> Reference | None:
        """A cached reference, or ``None`` when the file is not one this version wrote."""
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            return None
        nodeids, cases, observations = (
            data.get("nodeids"),
            data.get("cases"),
            data.get("observations"),
        )
        if not isinstance(nodeids, list) or not all(isinstance(n, str) for n in nodeids):
            return None
        if (cases is None) != (observations is None):
            return None
        if cases is not None and (
            not isinstance(cases, list)
            or not isinstance(observations, list)
            or len(cases) != len(observations)
        ):
            return None
        seed = data.get("seed")
        return cls(
            nodeids=tuple(nodeids),
            seed=seed if isinstance(seed, int) else None,
            cases=None if cases is None else tuple(cases),
            observations=None if observations is None else tuple(observations),
        )


def _runtime_salt() -> bytes:
    """The sealed runtime's own source and the Python version: a change invalidates caches."""
    digest = hashlib.sha256(sys.version.encode())
    package = Path(__file__).resolve().parents[1]
    sources = [Path(__file__).with_name("_sealed_item.py")]
    sealed = package / "sealed"
    if sealed.is_dir():
        sources += sorted(sealed.rglob("*.py"))
    for source in sources:
        with contextlib.suppress(OSError):
            digest.update(source.read_bytes())
    return digest.digest()


_SALT: list[bytes] = []


def content_key(spec: ExerciseSpec) -> str:
    """A hash of everything a reference run depends on: the files the run directory is
    built from (tests, ``files.editor`` helpers, the top-level data files the tests may
    import), the reference solution, the sealed set and the configuration."""
    if not _SALT:
        _SALT.append(_runtime_salt())
    digest = hashlib.sha256(_SALT[0])
    names = sorted(
        {
            ".meta/config.json",
            SEALED_FILE,
            *spec.test_files,
            *spec.hidden_test_files,
            *spec.reference_files,
            *spec.editor_files,
            *support_files(spec),
        }
    )
    for name in names:
        digest.update(name.encode() + b"\0")
        try:
            digest.update((spec.path / name).read_bytes())
        except OSError:
            digest.update(b"\0missing")
        digest.update(b"\0")
    return digest.hexdigest()


def seeds_for(key: str) -> tuple[int, ...]:
    """The seeds an exercise's sealed cases rotate among (stable for its content)."""
    base = int(key[:12], 16)
    return tuple(base + index for index in range(SEEDS_PER_EXERCISE))


class ReferenceCache:
    """References in memory and on disk, one computation at a time per key."""

    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory or Path(platformdirs.user_cache_dir("pyhero")) / "references"
        self._memory: dict[str, Reference] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def lock(self, key: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(key, threading.Lock())

    def get(self, key: str) -> Reference | None:
        found = self._memory.get(key)
        if found is not None:
            return found
        try:
            data = json.loads((self._directory / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        found = Reference.from_json(data)
        if found is not None:
            self._memory[key] = found
        return found

    def put(self, key: str, reference: Reference) -> None:
        self._memory[key] = reference
        with contextlib.suppress(OSError):
            self._directory.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=self._directory, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(reference.to_json(), handle)
            os.replace(temporary, self._directory / f"{key}.json")
