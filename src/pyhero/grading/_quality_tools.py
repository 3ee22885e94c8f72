"""The tools of a make-it-clean job: mypy through ``mypy.api``, ruff as a binary.

Both run inside the job's quality process (see ``_quality_job``), on the solution's files
in the read-only run directory, configured only by the exercise: mypy reads a
configuration file this module writes (never one of the learner's), ruff runs with
``--isolated`` (no configuration file at all) and ``--ignore-noqa``.

mypy reads the standard library's stubs from a cache prepared when the environment was
built (:data:`MYPY_CACHE` in its prefix, read-only in the sandbox, seen through a view of
links in the job's ``/tmp``): a job parses only the learner's modules.  The cache is
valid because the options it was built with (:func:`mypy_base_config`) are the global
options of every job; the exercise's flags apply to the learner's modules alone, in a
per-module section.  Each finding is a dict: ``tool``,
``file``, ``line``, ``column``, ``rule``, ``message``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import Any

__all__ = [
    "MYPY_CACHE",
    "mypy_base_config",
    "mypy_config",
    "parse_mypy",
    "parse_ruff_diff",
    "ruff_binary",
    "run_mypy",
    "run_ruff_check",
    "run_ruff_format",
]

MYPY_CACHE = "pyhero-mypy-cache"
"""The prepared cache's directory in an environment's prefix."""

_TARGET = "py311"
_RUFF_TIMEOUT = 60.0


def mypy_base_config(cache_dir: str) -> str:
    """The global options of every job, and of the run that prepares the cache."""
    return (
        "[mypy]\n"
        "python_version = 3.11\n"
        "incremental = True\n"
        "sqlite_cache = False\n"
        f"cache_dir = {cache_dir}\n"
        "show_error_codes = True\n"
        "show_column_numbers = True\n"
        "hide_error_context = True\n"
        "pretty = False\n"
        "color_output = False\n"
        "error_summary = False\n"
    )


def module_names(files: Sequence[str]) -> list[str]:
    """``pkg/mod.py`` -> ``pkg.mod``, ``pkg/__init__.py`` -> ``pkg``."""
    names: list[str] = []
    for file in files:
        parts = list(PurePosixPath(file).with_suffix("").parts)
        if parts and parts[-1] == "__init__":
            parts.pop()
        if parts:
            names.append(".".join(parts))
    return names


_TEST_LIBRARIES = "pytest,pytest.*,_pytest.*,pluggy,pluggy.*"
"""Read as ``Any`` in type tests: the test files' use of pytest is not what they check,
and reading pytest's own code would triple the time mypy takes."""


def mypy_config(
    cache_dir: str,
    modules: Sequence[str],
    flags: Sequence[str],
    type_tests: Sequence[str] = (),
) -> str:
    """The job's configuration: the base options, ``flags`` for the learner's modules, and
    for the type tests (trusted test files that pin the solution's API) the same flags
    with pytest seen as ``Any`` (so its decorators are not held against them)."""
    text = mypy_base_config(cache_dir) + "warn_redundant_casts = True\n"
    if modules:
        patterns = ",".join(f"{name},{name}.*" for name in modules)
        text += f"\n[mypy-{patterns}]\nimplicit_reexport = False\n"
        text += "".join(f"{flag} = True\n" for flag in flags)
    if type_tests:
        text += f"\n[mypy-{','.join(type_tests)}]\n"
        text += "".join(f"{flag} = True\n" for flag in flags if flag != _DECORATORS)
        text += f"\n[mypy-{_TEST_LIBRARIES}]\nfollow_imports = skip\n"
    return text


_DECORATORS = "disallow_untyped_decorators"


_MYPY_LINE = re.compile(
    r"^(?P<file>[^:\n]+):(?P<line>\d+):(?:(?P<column>\d+):)? (?P<severity>error|note): "
    r"(?P<message>.*?)(?:  \[(?P<code>[a-z0-9-]+)\])?$"
)


def parse_mypy(output: str, files: Sequence[str]) -> list[dict[str, Any]]:
    """Findings from mypy's report: errors in ``files``, each with the notes after it."""
    wanted = set(files)
    found: list[dict[str, Any]] = []
    keep = False
    for line in output.splitlines():
        match = _MYPY_LINE.match(line)
        if match is None:
            continue
        if match["severity"] == "note":
            if keep and found:
                found[-1]["message"] += f"\n  note: {match['message']}"
            continue
        keep = match["file"] in wanted
        if keep:
            found.append(
                {
                    "tool": "mypy",
                    "file": match["file"],
                    "line": int(match["line"]),
                    "column": int(match["column"] or 0),
                    "rule": match["code"] or "error",
                    "message": match["message"],
                }
            )
    return found


def _cache_view(prepared: str, view: str) -> str:
    """A writable cache directory whose files are links to the prepared cache's.

    mypy writes into its cache (the learner's modules, a few bookkeeping files); it writes
    by replacing files, so writes replace the links in the job's ``/tmp`` and never reach
    the prepared cache, which stays read-only.  About 8 ms for 900 files.
    """
    os.makedirs(view, exist_ok=True)
    for root, _directories, names in os.walk(prepared):
        target = os.path.join(view, os.path.relpath(root, prepared))
        os.makedirs(target, exist_ok=True)
        for name in names:
            os.symlink(os.path.join(root, name), os.path.join(target, name))
    return view


def run_mypy(
    files: Sequence[str], flags: Sequence[str], scratch: str, type_tests: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """Type-check ``files`` and ``type_tests`` (relative to the current directory) with the
    exercise's flags; findings in both."""
    from mypy import api

    cache = _cache_view(os.path.join(sys.prefix, MYPY_CACHE), os.path.join(scratch, "mypy"))
    config = os.path.join(scratch, "mypy.ini")
    with open(config, "w", encoding="utf-8") as handle:
        handle.write(mypy_config(cache, module_names(files), flags, module_names(type_tests)))
    checked = [*files, *type_tests]
    stdout, stderr, status = api.run(["--config-file", config, *checked])
    found = parse_mypy(stdout, checked)
    if status not in (0, 1) or (status == 1 and not found and not stdout.strip()):
        detail = (stderr or stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"mypy could not run (exit {status}): {' '.join(detail)}")
    return found


def ruff_binary() -> str:
    """The environment's ruff, next to its interpreter."""
    return os.path.join(os.path.dirname(sys.executable), "ruff")


def _ruff(arguments: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ruff_binary(), *arguments],
        capture_output=True,
        text=True,
        timeout=_RUFF_TIMEOUT,
        check=False,
        env={**os.environ, "RAYON_NUM_THREADS": "2", "NO_COLOR": "1"},
    )


def _common(line_length: int) -> list[str]:
    return [
        "--isolated",
        "--no-cache",
        "--line-length",
        str(line_length),
        "--target-version",
        _TARGET,
    ]


def run_ruff_check(
    files: Sequence[str],
    select: Sequence[str],
    ignore: Sequence[str],
    line_length: int,
    *,
    convention: str | None = None,
) -> list[dict[str, Any]]:
    """``ruff check`` with exactly the exercise's rules (and docstring ``convention``, for
    the ``D`` rules); ``noqa`` comments count for nothing."""
    arguments = ["check", *_common(line_length), "--ignore-noqa", "--output-format", "json"]
    arguments += ["--select", ",".join(select)]
    if ignore:
        arguments += ["--ignore", ",".join(ignore)]
    if convention is not None:
        arguments += ["--config", f"lint.pydocstyle.convention = {json.dumps(convention)}"]
    completed = _ruff([*arguments, "--", *files])
    if completed.returncode not in (0, 1):
        raise RuntimeError(f"ruff check failed: {completed.stderr.strip()[-500:]}")
    found: list[dict[str, Any]] = []
    root = os.getcwd()
    for item in json.loads(completed.stdout or "[]"):
        location = item.get("location") or {}
        found.append(
            {
                "tool": "ruff",
                "file": os.path.relpath(str(item.get("filename", "")), root),
                "line": int(location.get("row") or 0),
                "column": int(location.get("column") or 0),
                "rule": str(item.get("code") or "syntax-error"),
                "message": str(item.get("message", "")),
            }
        )
    return sorted(found, key=lambda finding: (finding["file"], finding["line"], finding["column"]))


_HUNK = re.compile(r"^@@ -(?P<start>\d+)(?:,\d+)? \+\d+(?:,\d+)? @@")
_SHOWN_LINES = 6


def _describe_change(removed: list[str], added: list[str], following: str) -> str:
    if not removed and not any(line.strip() for line in added):
        plural = "s" if len(added) != 1 else ""
        return f"{len(added)} blank line{plural} expected before `{following.strip()}`"
    if not added and not any(line.strip() for line in removed):
        plural = "s" if len(removed) != 1 else ""
        return f"{len(removed)} blank line{plural} too many before `{following.strip()}`"
    shown = [f"-{line}" for line in removed] + [f"+{line}" for line in added]
    more = len(shown) - _SHOWN_LINES
    text = "\n".join(shown[:_SHOWN_LINES]) + (f"\n... ({more} more lines)" if more > 0 else "")
    return f"formatted differently; `ruff format` would write:\n{text}"


def parse_ruff_diff(diff: str) -> list[dict[str, Any]]:
    """One finding per change in ``ruff format --diff`` (a run of removed and added lines),
    at its line in the learner's file."""
    found: list[dict[str, Any]] = []
    file = ""
    line = 0
    start = 0
    removed: list[str] = []
    added: list[str] = []

    def close(following: str) -> None:
        if removed or added:
            message = _describe_change(removed, added, following)
            found.append(
                {
                    "tool": "format",
                    "file": file,
                    "line": start,
                    "column": 0,
                    "rule": "format",
                    "message": message,
                }
            )
        removed.clear()
        added.clear()

    for text in diff.splitlines():
        if text.startswith("--- ") and not removed:
            close("")
            file = text[4:].split("\t")[0].strip()
            continue
        if text.startswith("+++ ") and not added:
            continue
        hunk = _HUNK.match(text)
        if hunk is not None:
            close("")
            line = int(hunk["start"])
            continue
        marker, content = text[:1], text[1:]
        if marker == " ":
            close(content)
            line += 1
        elif marker in ("-", "+"):
            if not removed and not added:
                start = line
            (removed if marker == "-" else added).append(content)
            line += marker == "-"
    close("")
    return found


def run_ruff_format(files: Sequence[str], line_length: int) -> list[dict[str, Any]]:
    """``ruff format --check --diff``: one finding per place the formatter would change."""
    completed = _ruff(["format", *_common(line_length), "--check", "--diff", "--", *files])
    if completed.returncode == 0:
        return []
    if completed.returncode == 1:
        return parse_ruff_diff(completed.stdout)
    return [
        {
            "tool": "format",
            "file": file,
            "line": 0,
            "column": 0,
            "rule": "format",
            "message": f"ruff format cannot read it: {completed.stderr.strip()[-300:]}",
        }
        for file in files[:1]
    ]
