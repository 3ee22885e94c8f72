"""The job's side of a write-the-tests grading: the implementation, coverage and collection.

It runs inside the test process.  A write-the-tests grading runs the learner's tests once
against the real module and once against each hidden buggy one, each in its own job.  Every
job looks the same from inside: the run directory holds the same files (the *real* module
under test, which the learner sees), the module is registered under the same name with the
same file, spec, loader and cache path, coverage runs, the time zone is the grading's.  Only
the code compiled into the module differs: the host sends its source in the job message and
:meth:`WriteTestsPlugin.arm` compiles it under the real file's path, so ``inspect``,
``linecache`` and tracebacks read the real file in every job, and nothing names the
implementation (the source is dropped from the message before the learner's code runs).

The plugin also records, after collection, what each test uses (fixtures and where they
are defined, markers), and at the end of the session which lines of the module ran.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import inspect
import os
import sys
import threading
import types
import warnings
from typing import Any

import pytest

from pyhero.grading._protocol import encode_record, write_all

__all__ = ["CONFTEST", "WriteTestsPlugin", "warm_libraries"]

CONFTEST = "conftest.py"
"""A learner's fixture file: its fixtures are shared, its hooks refused."""

_LEARNER = ("test file", "conftest")


class WriteTestsPlugin:
    """Always registered with the job's session; does nothing unless armed for a job."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._job: dict[str, Any] | None = None
        self._coverage: Any = None
        self._path = ""

    def arm(self, job: dict[str, Any], workdir: str) -> tuple[str, types.CodeType]:
        """Start coverage, then install the implementation the host sent (``job`` loses its
        source here); return the module's path and the code compiled from the source.  Runs
        before the audit hook: the learner's code has not run yet."""
        self._job = job
        self._path = os.path.join(workdir, str(job["path"]))
        self._coverage = _start_coverage(self._path)
        source = str(job.pop("source"))
        code = _install(str(job["module"]), self._path, source)
        del source
        return self._path, code

    def _emit(self, record: dict[str, Any]) -> None:
        write_all(self._fd, encode_record({"type": "writetests", **record}))

    def pytest_collection(self, session: pytest.Session) -> None:
        """The learner's ``conftest.py``: its fixtures are parsed for the whole run (pytest
        itself loads no conftest in a job); hooks and ``pytest_plugins`` are refused.

        Runs after the gate's implementation (which hands the job over) and before
        pytest's own (which collects)."""
        if self._job is None or not self._job.get("conftest"):
            return
        try:
            module = importlib.import_module(CONFTEST.removesuffix(".py"))
        except Exception as exc:
            self._conftest_error(f"{type(exc).__name__}: {exc}")
            return
        hooks = sorted(name for name in vars(module) if name.startswith("pytest_"))
        if hooks:
            self._conftest_error(
                f"{', '.join(hooks)}: a conftest.py here may define fixtures only, no hooks "
                "or plugins"
            )
            return
        session._fixturemanager.parsefactories(holder=module, node=session)

    def _conftest_error(self, message: str) -> None:
        write_all(
            self._fd,
            encode_record({"type": "collect_error", "nodeid": CONFTEST, "message": message}),
        )

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        if self._job is None:
            return
        self._emit({"part": "collection", "tests": [_describe(item) for item in session.items]})

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if self._job is None:
            return
        lines: list[int] = []
        if self._coverage is not None:
            with contextlib.suppress(Exception), warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "no data collected" is an answer here
                lines = sorted(self._coverage.get_data().lines(self._path) or ())
        self._emit({"part": "coverage", "measured": self._coverage is not None, "lines": lines})


class _SysconfigPaths:
    """``sysconfig`` for coverage.py, with ``get_paths`` answered from what the fork server
    computed: coverage.py asks for every scheme's paths at each start (~25 ms)."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self._paths: dict[str, dict[str, str]] = {
            scheme: real.get_paths(scheme) for scheme in real.get_scheme_names()
        }

    def get_paths(self, scheme: str) -> dict[str, str]:
        found = self._paths.get(scheme)
        return dict(found) if found is not None else self._real.get_paths(scheme)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def warm_libraries() -> None:
    """In the fork server: the expensive first steps of the test libraries jobs use, done
    once for every job (each job's file system is read-only and forgets its caches)."""
    _warm_hypothesis()
    _warm_coverage()


def _warm_hypothesis() -> None:
    """Hypothesis's tables of Unicode categories and of what UTF-8 encodes (seconds of CPU
    at a text strategy's first use), when Hypothesis is one of the environment's warm
    modules."""
    if "hypothesis" not in sys.modules:
        return
    with contextlib.suppress(Exception):
        from hypothesis.internal.charmap import charmap, intervals_from_codec

        charmap()
        intervals_from_codec("utf-8")


def _warm_coverage() -> None:
    """coverage.py's modules, and its sysconfig questions answered ahead; nothing where
    coverage.py is not installed."""
    try:
        import coverage
        import coverage.inorout
        import coverage.sqldata
    except ImportError:
        return
    coverage.inorout.sysconfig = _SysconfigPaths(coverage.inorout.sysconfig)  # type: ignore[attr-defined,assignment]


def _start_coverage(path: str) -> Any:
    """coverage.py tracing the module under test, started before the module runs; ``None``
    where coverage.py is not installed.  New threads are not traced: the audit hook ends a
    job whose thread installs a trace function."""
    try:
        import coverage
    except ImportError:
        return None
    measure = coverage.Coverage(data_file=None, include=[path], config_file=False, branch=False)
    measure.start()
    threading.settrace(None)
    return measure


def _install(name: str, path: str, source: str) -> types.CodeType:
    """Compile ``source`` as module ``name`` from ``path`` and register it, as an import of
    ``path`` would (same spec, loader, ``__file__`` and ``__cached__`` in every job)."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot make a module spec for {path}")
    module = importlib.util.module_from_spec(spec)
    code = compile(source, path, "exec", dont_inherit=True)
    sys.modules[name] = module
    try:
        exec(code, module.__dict__)  # noqa: S102 - the exercise's own implementation
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return code


def _origin(item: pytest.Item, name: str) -> str:
    """Where the fixture ``name`` that ``item`` gets is defined."""
    info = getattr(item, "_fixtureinfo", None)
    definitions = info.name2fixturedefs.get(name) if info is not None else None
    if not definitions:
        return "pytest"
    module = getattr(definitions[-1].func, "__module__", "")
    if module == CONFTEST.removesuffix(".py"):
        return "conftest"
    test_module = getattr(getattr(item, "module", None), "__name__", None)
    return "test file" if module == test_module else "library"


def _describe(item: pytest.Item) -> dict[str, Any]:
    names = list(getattr(item, "fixturenames", ()))
    function = getattr(item, "obj", None)
    return {
        "nodeid": item.nodeid,
        "function": f"{item.path.name}::{getattr(item, 'originalname', item.name)}",
        "fixtures": {name: _origin(item, name) for name in names if name != "request"},
        "markers": sorted({marker.name for marker in item.iter_markers()}),
        "coroutine": inspect.iscoroutinefunction(function),
    }
