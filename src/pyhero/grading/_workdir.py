"""Builds a run's directory: solution files from the submission, the rest from the exercise."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from pyhero.exercise import ExerciseSpec
from pyhero.grading._rewritten import rewrites

__all__ = [
    "MAX_SOLUTION_BYTES",
    "MAX_SUPPORT_BYTES",
    "MAX_SUPPORT_FILES",
    "MAX_TEST_BYTES",
    "SubmissionError",
    "build_workdir",
    "read_solution",
    "support_files",
]

MAX_SOLUTION_BYTES = 1 << 20
MAX_TEST_BYTES = 4 << 20
MAX_SUPPORT_BYTES = 1 << 20
MAX_SUPPORT_FILES = 32

# Names that would change how Python or pytest start if they were anywhere in the run.
_STARTUP_NAMES = frozenset(
    {"conftest.py", "pytest.py", "_pytest", "sitecustomize.py", "usercustomize.py"}
)
# Configuration files pytest would read in the run's directory. In a folder below it they
# configure nothing (pytest looks for them beside and above the test files, and runs with
# ``-c /dev/null`` anyway), so a solution may be a project's ``project/pyproject.toml``.
_CONFIG_NAMES = frozenset({"pytest.ini", ".pytest.ini", "pyproject.toml", "setup.cfg", "tox.ini"})
_FORBIDDEN_NAMES = _STARTUP_NAMES | _CONFIG_NAMES


class SubmissionError(Exception):
    """The submission cannot be graded as given (the message is shown to the learner)."""


_LEARNER_CONFTEST = frozenset({"conftest.py"})
"""Allowed as a solution file of a write-the-tests exercise (its fixtures only: the job
imports it itself, pytest never loads it)."""


def _check_name(name: str, allowed: frozenset[str] = frozenset()) -> PurePosixPath:
    path = PurePosixPath(name)
    if (
        not name
        or path.is_absolute()
        or any(part in ("", ".", "..") for part in path.parts)
        or "\\" in name
        or "\x00" in name
    ):
        raise SubmissionError(f"{name!r} is not a plain relative file name")
    forbidden = _FORBIDDEN_NAMES if len(path.parts) == 1 else _STARTUP_NAMES
    if (path.name in forbidden and name not in allowed) or path.suffix == ".pth":
        raise SubmissionError(f"{name!r} cannot be a solution or test file")
    return path


def _read_inside(
    base: Path, name: str, limit: int, *, required: bool, allowed: frozenset[str] = frozenset()
) -> bytes | None:
    """Read ``base/name`` refusing symlinks (in any component), non-regular and large files."""
    relative = _check_name(name, allowed)
    current = base
    for index, part in enumerate(relative.parts):
        current = current / part
        try:
            info = os.lstat(current)
        except FileNotFoundError:
            if required:
                raise SubmissionError(f"{name} is missing") from None
            return None
        if stat.S_ISLNK(info.st_mode):
            raise SubmissionError(f"{name} is a symbolic link, which is not accepted")
        last = index == len(relative.parts) - 1
        if not last and not stat.S_ISDIR(info.st_mode):
            raise SubmissionError(f"{name}: {part} is not a directory")
    if not stat.S_ISREG(info.st_mode):
        raise SubmissionError(f"{name} is not a regular file")
    if info.st_size > limit:
        raise SubmissionError(f"{name} is larger than {limit // 1024} KiB")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(current, flags)
    except OSError as exc:
        raise SubmissionError(f"{name} cannot be read: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise SubmissionError(f"{name} is larger than {limit // 1024} KiB")
    return data


_CODING = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.MULTILINE)


def _check_source(name: str, data: bytes) -> None:
    """Python source without a coding declaration must be UTF-8 (PEP 3120)."""
    if not name.endswith(".py"):
        return
    head = b"\n".join(data.split(b"\n", 2)[:2])
    if _CODING.search(head):
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SubmissionError(
            f"{name}, line {line}: not valid UTF-8 and no encoding is declared"
        ) from None


def _write(workdir: Path, name: str, data: bytes) -> Path:
    target = workdir / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


def _encode(name: str, text: str) -> bytes:
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError as exc:
        raise SubmissionError(
            f"{name}: not valid Unicode (a lone surrogate at character {exc.start})"
        ) from None
    if len(data) > MAX_SOLUTION_BYTES:
        raise SubmissionError(f"{name} is larger than {MAX_SOLUTION_BYTES // 1024} KiB")
    return data


def support_files(trusted: ExerciseSpec) -> list[str]:
    """Top-level files of the trusted exercise the tests may use, as Exercism's runner has.

    Exercism copies the whole exercise directory: data modules and helpers beside the tests
    (``files.editor`` or not) are importable.  Everything regular at the top level is taken,
    except the solution and test files, dot-files and names that would change how Python
    or pytest start; at most :data:`MAX_SUPPORT_FILES` of at most :data:`MAX_SUPPORT_BYTES`.
    """
    listed = {*trusted.solution_files, *trusted.test_files, *trusted.hidden_test_files}
    names: list[str] = []
    try:
        entries = sorted(os.scandir(trusted.path), key=lambda entry: entry.name)
    except OSError:
        return names
    for entry in entries:
        name = entry.name
        if name.startswith(".") or name in listed or name in trusted.editor_files:
            continue
        if name in _FORBIDDEN_NAMES or name.endswith(".pth"):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_SUPPORT_BYTES:
            names.append(name)
        if len(names) == MAX_SUPPORT_FILES:
            break
    return names


def _make_read_only(workdir: Path, written: list[Path]) -> None:
    """Files 0444, their directories 0555: what local mode can do (the job has our uid).

    Under bubblewrap the run directory is also mounted read-only in the job.
    """
    directories = {workdir}
    for path in written:
        os.chmod(path, 0o444)
        for parent in path.parents:
            if parent == workdir:
                break
            directories.add(parent)
    for directory in directories:
        os.chmod(directory, 0o555)  # noqa: S103 - readable, as the tests must be


def read_solution(trusted: ExerciseSpec, solution_dir: Path) -> dict[str, str]:
    """The solution files in ``solution_dir`` as they stand now, checked as
    :func:`build_workdir` checks them, for gradings of several jobs that must all see one
    version; a missing file is left out.  Decoded so that :func:`build_workdir` writes the
    same bytes back."""
    allowed = _LEARNER_CONFTEST if trusted.kind == "tests" else frozenset()
    found: dict[str, str] = {}
    for name in trusted.solution_files:
        data = _read_inside(solution_dir, name, MAX_SOLUTION_BYTES, required=False, allowed=allowed)
        if data is not None:
            _check_source(name, data)
            found[name] = data.decode("utf-8", "surrogateescape")
    return found


def build_workdir(
    workdir: Path,
    trusted: ExerciseSpec,
    *,
    solution_dir: Path | None = None,
    files: Mapping[str, str] | None = None,
    job_view: str | None = None,
    grader_files: Mapping[str, bytes] | None = None,
) -> list[str]:
    """Fill ``workdir`` and make it read-only; return the test files to run (visible tests,
    then hidden ones).

    Solution files come from ``solution_dir`` or from ``files``; tests, ``files.editor`` and
    the other top-level files (see :func:`support_files`) come from the trusted exercise,
    each test with pytest's rewritten module beside it (compiled for ``job_view``, the path
    at which the job sees ``workdir``).  A missing solution file is left out (its import
    then fails in the tests).  ``grader_files`` are the grader's own (the sealed module and
    its inputs), written before the directory becomes read-only.
    """
    written: list[Path] = []
    allowed = _LEARNER_CONFTEST if trusted.kind == "tests" else frozenset()
    if files is not None:
        unknown = sorted(set(files) - set(trusted.solution_files))
        if unknown:
            raise SubmissionError(
                f"{', '.join(unknown)}: not a solution file of {trusted.slug} "
                f"(expected {', '.join(trusted.solution_files)})"
            )
        for name, text in files.items():
            _check_name(name, allowed)
            written.append(_write(workdir, name, _encode(name, text)))
    elif solution_dir is not None:
        for name in trusted.solution_files:
            found = _read_inside(
                solution_dir, name, MAX_SOLUTION_BYTES, required=False, allowed=allowed
            )
            if found is not None:
                _check_source(name, found)
                written.append(_write(workdir, name, found))
    for name in trusted.editor_files:
        if name not in trusted.solution_files:
            editor = _read_inside(trusted.path, name, MAX_TEST_BYTES, required=True)
            written.append(_write(workdir, name, editor or b""))
    for name in support_files(trusted):
        support = _read_inside(trusted.path, name, MAX_SUPPORT_BYTES, required=False)
        if support is not None:
            written.append(_write(workdir, name, support))
    tests = [*trusted.test_files, *trusted.hidden_test_files]
    for name in tests:
        if name in trusted.solution_files:
            raise SubmissionError(f"{name} is listed both as a solution and as a test file")
        test = _read_inside(trusted.path, name, MAX_TEST_BYTES, required=True)
        if test is not None:
            written.append(_write(workdir, name, test))
            compiled = rewrites.write(workdir / name, test, f"{job_view or workdir}/{name}")
            if compiled is not None:
                written.append(compiled)
    for name, data in (grader_files or {}).items():
        written.append(_write(workdir, name, data))
    if trusted.kind == "tests":
        tests = _learner_tests(workdir, trusted, written, job_view)
    _make_read_only(workdir, written)
    return tests


def _learner_tests(
    workdir: Path, trusted: ExerciseSpec, written: list[Path], job_view: str | None
) -> list[str]:
    """A write-the-tests run collects the learner's own test files (those it has), compiled
    here like trusted tests: this only parses and compiles, it runs nothing."""
    tests: list[str] = []
    for name in trusted.solution_files:
        path = workdir / name
        if name in _LEARNER_CONFTEST or not name.endswith(".py") or not path.is_file():
            continue
        tests.append(name)
        compiled = rewrites.write(path, path.read_bytes(), f"{job_view or workdir}/{name}")
        if compiled is not None:
            written.append(compiled)
    return tests
