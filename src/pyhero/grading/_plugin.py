"""The grader-owned pytest plugin: one record per test, written to the result channel.

It runs inside the sandboxed child.  Outcomes come from the exceptions pytest saw, captured
output from pytest's fd capture, ``test_code`` from the test function's source and
``task_id`` from ``@pytest.mark.task(taskno=N)``.
"""

from __future__ import annotations

import ast
import inspect
import sys
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

import pytest
from _pytest.subtests import SubtestReport

from pyhero.grading._protocol import encode_record, write_all
from pyhero.grading._sealed_item import SealedItem, sealed_item
from pyhero.grading._skips import skipped_by_tests

if TYPE_CHECKING:
    from pyhero.grading._audit import CodeSets
    from pyhero.grading._tamper import Guard

__all__ = ["PREVIEW_CHARS", "GraderPlugin", "test_code_of", "test_name"]

PREVIEW_CHARS = 2000
"""Characters of output/messages a record carries (the host keeps 500 of the output)."""


def test_name(nodeid: str, seen: set[str]) -> str:
    """Exercism-style name: ``Class.test_method[param]``; the file is added on a clash."""
    parts = nodeid.split("::")
    name = ".".join(parts[1:]) or parts[0]
    if name in seen:
        name = f"{parts[0]}::{name}"
    seen.add(name)
    return name


_FUNCTIONS: dict[str, tuple[list[str], dict[int, ast.FunctionDef | ast.AsyncFunctionDef]]] = {}


def _functions_of(filename: str) -> tuple[list[str], dict[int, Any]]:
    """Source lines of a file and its functions by first line (decorators included)."""
    if filename not in _FUNCTIONS:
        try:
            with open(filename, encoding="utf-8") as handle:
                source = handle.read()
            tree = ast.parse(source)
        except (OSError, ValueError, SyntaxError):
            source, tree = "", ast.Module(body=[], type_ignores=[])
        found: dict[int, Any] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for line in {node.lineno, *(d.lineno for d in node.decorator_list)}:
                    found.setdefault(line, node)
        _FUNCTIONS[filename] = (source.splitlines(), found)
    return _FUNCTIONS[filename]


def test_code_of(function: object) -> str:
    """The body of a test function, dedented, without its ``def`` line and decorators."""
    function = inspect.unwrap(getattr(function, "__func__", function))  # type: ignore[arg-type]
    code = getattr(function, "__code__", None)
    if code is None:
        return ""
    lines, functions = _functions_of(code.co_filename)
    node = functions.get(code.co_firstlineno)
    if node is None or not node.body:
        return ""
    body = lines[node.body[0].lineno - 1 : node.end_lineno]
    return textwrap.dedent("\n".join(body)).strip()


def _task_id(item: pytest.Item) -> int | None:
    marker = item.get_closest_marker("task")
    if marker is None:
        return None
    value = marker.kwargs.get("taskno", marker.args[0] if marker.args else None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _exception_text(report: pytest.TestReport | pytest.CollectReport) -> str:
    crash = getattr(report.longrepr, "reprcrash", None)
    message = getattr(crash, "message", None)
    if isinstance(message, str):
        return message
    return str(report.longrepr)


def _skip_reason(report: pytest.TestReport) -> str:
    """``Skipped: <reason>`` from a skip's report (its ``longrepr`` is file, line, text)."""
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2])
    return _exception_text(report)


def _emit(fd: int, record: dict[str, Any]) -> None:
    write_all(fd, encode_record(record))


_ATTRIBUTES = frozenset(
    {
        "_fd",
        "_output_limit",
        "_items",
        "_states",
        "_exc_kind",
        "_names",
        "memory_error",
        "output_overflow",
        "sent_header",
        "replaced",
        "_guard",
        "_codes",
        "_tamper",
        "_sealed",
    }
)


_ITEM_METHODS = frozenset(
    {"runtest", "setup", "teardown", "_getobj", "reportinfo", "repr_failure", "_prunetraceback"}
)
"""Methods of a test item that an instance attribute must never shadow."""


def _given_test(function: Any) -> Any:
    """The test function a Hypothesis ``@given`` wrapper runs (Hypothesis relabels the
    wrapper's code as the test's); ``function`` itself otherwise."""
    core = sys.modules.get("hypothesis.core")
    if core is None:
        return function
    handle = getattr(function, "hypothesis", None)
    if isinstance(handle, core.HypothesisHandle):
        return getattr(handle, "inner_test", function)
    return function


def _where(excinfo: pytest.ExceptionInfo[BaseException]) -> str:
    """Where the exception was raised: the innermost frame, as ``file, line N, in name``."""
    try:
        entry = excinfo.traceback[-1]
        name = getattr(entry.path, "name", entry.path)
        return f"{name}, line {entry.lineno + 1}, in {entry.name}"
    except (IndexError, AttributeError, TypeError):
        return ""


class _TestState:
    def __init__(self) -> None:
        self.status = "pass"
        self.skipped = False
        self.messages: list[str] = []
        self.output = ""
        self.sub_output: list[str] = []
        self.duration = 0.0


class GraderPlugin:
    """Collects per-test outcomes and streams them over ``fd``."""

    def __init__(self, fd: int, output_limit: int) -> None:
        self._fd = fd
        self._output_limit = output_limit
        self._items: dict[str, pytest.Item] = {}
        self._states: dict[str, _TestState] = {}
        self._exc_kind: dict[str, tuple[str, str]] = {}
        self._names: set[str] = set()
        self.memory_error = False
        self.output_overflow = False
        self.sent_header = False
        self.replaced: list[str] = []
        self._guard: Guard | None = None
        self._codes: CodeSets | None = None
        self._tamper: Callable[[str], NoReturn] | None = None
        self._sealed: dict[str, Any] | None = None

    def set_output_limit(self, output_limit: int) -> None:
        self._output_limit = output_limit

    def arm(
        self,
        guard: Guard,
        codes: CodeSets,
        tamper: Callable[[str], NoReturn],
        sealed: dict[str, Any] | None = None,
    ) -> None:
        """From the job's start: check the harness at every test boundary, add the sealed item."""
        self._guard = guard
        self._codes = codes
        self._tamper = tamper
        self._sealed = sealed

    def _check(self, where: str) -> None:
        if self._guard is not None:
            self._guard.check(where)

    @pytest.hookimpl(tryfirst=True)
    def pytest_configure(self, config: pytest.Config) -> None:
        config.addinivalue_line("markers", "task(taskno): the exercise task a test belongs to")
        config.option.tbstyle = "native"  # cheap; only the exception line is reported

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        self._check_output(report)
        if report.failed:
            text = str(report.longrepr)
            if "MemoryError" in text:
                self.memory_error = True
            _emit(
                self._fd,
                {"type": "collect_error", "nodeid": report.nodeid, "message": text[-20000:]},
            )

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(
        self, session: pytest.Session, items: list[pytest.Item]
    ) -> None:
        """Run (and report) tests in test-file order; unittest would sort them by name.

        The sealed item, when the job has a sealed set, comes last.
        """
        files: dict[str, int] = {}
        for item in items:
            files.setdefault(str(item.path), len(files))

        def line(item: pytest.Item) -> int:
            number = item.location[1]
            return number if isinstance(number, int) else 0

        items.sort(key=lambda item: (files[str(item.path)], line(item)))
        if self._sealed is not None:
            fd = self._fd
            items.append(sealed_item(session, self._sealed, lambda record: _emit(fd, record)))

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self._check("after collection")
        self._items = {item.nodeid: item for item in session.items}
        self.sent_header = True
        _emit(self._fd, {"type": "header", "count": len(self._items), "nodeids": list(self._items)})

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_call(self, item: pytest.Item) -> None:
        """The test about to run must still be the function written in the test file."""
        obj = getattr(item, "obj", None)
        function: Any = _given_test(getattr(obj, "__func__", obj))
        try:
            function = inspect.unwrap(function)  # functools.wraps decorators, mock.patch
        except (ValueError, TypeError):
            function = None
        code = getattr(function, "__code__", None)
        expected = getattr(item, "originalname", None) or item.name.split("[")[0]
        if isinstance(item, SealedItem):
            return
        shadowed = set(_ITEM_METHODS & vars(item).keys())
        testcase = getattr(item, "_testcase", None)
        if testcase is not None and (
            type(testcase) is not getattr(item.parent, "obj", None) or item.name in vars(testcase)
        ):
            shadowed.add("the unittest test method")
        if shadowed and self._tamper is not None:
            self._tamper(f"{item.nodeid}: {', '.join(sorted(shadowed))} replaced on the instance")
        genuine = code is not None and (self._codes is None or id(code) in self._codes.trusted)
        if not genuine or code.co_filename != str(item.path) or code.co_name != expected:  # type: ignore[union-attr]
            if self._tamper is not None:
                self._tamper(f"the code of {item.nodeid} is not the test file's")
            self.replaced.append(f"the code of {item.nodeid}")

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
        report = yield
        excinfo = call.excinfo  # after the other implementations: unittest sets it late
        if excinfo is None:
            kind = "pass"
        elif excinfo.errisinstance(MemoryError):
            self.memory_error = True
            kind = "error"
        elif excinfo.errisinstance(pytest.skip.Exception):
            test_files = {str(collected.path) for collected in self._items.values()}
            kind = "skip" if skipped_by_tests(excinfo.value, test_files) else "skipped_by_code"
        elif call.when == "call" and excinfo.errisinstance((AssertionError, pytest.fail.Exception)):
            kind = "fail"
        else:
            kind = "error"
        where = _where(excinfo) if kind == "error" and excinfo is not None else ""
        self._exc_kind[item.nodeid] = (kind, where)
        return report

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        state = self._states.setdefault(report.nodeid, _TestState())
        kind, where = self._exc_kind.pop(report.nodeid, ("pass", ""))
        state.duration += report.duration
        self._check_output(report)
        out = report.capstdout + report.capstderr
        if isinstance(report, SubtestReport):
            if out:
                state.sub_output.append(out)
        elif out:
            state.output = out  # each phase's report repeats the earlier phases' output
        if kind == "pass" and not report.failed:
            return
        if kind == "skip":  # the test skipped itself: ignored (a subtest's skip entirely)
            if not isinstance(report, SubtestReport):
                state.skipped = True
                state.messages.append(_skip_reason(report)[:PREVIEW_CHARS])
            return
        if kind == "pass":  # failed without an exception we saw (e.g. unexpected success)
            kind = "fail"
        text = _exception_text(report)
        if where:
            text = f"{text}\n  raised at {where}"
        if kind == "skipped_by_code":
            text = f"The code under test skipped the test ({_skip_reason(report)})"
            kind = "fail"
        if isinstance(report, SubtestReport):
            text = f"Subtest {report._sub_test_description()}: {text}"
        elif report.when != "call":
            text = f"Error in test {report.when}: {text}"
        state.messages.append(text[:PREVIEW_CHARS])
        if kind == "error" or state.status == "pass":
            state.status = kind

    def pytest_runtest_logfinish(self, nodeid: str, location: object) -> None:
        self._check(f"after {nodeid}")
        state = self._states.get(nodeid, _TestState())
        item = self._items.get(nodeid)
        output = "".join(state.sub_output) + state.output
        _emit(
            self._fd,
            {
                "type": "test",
                "nodeid": nodeid,
                "name": test_name(nodeid, self._names),
                "status": state.status,
                "skipped": state.skipped,
                "message": "\n".join(state.messages) if state.messages else None,
                "output": output[:PREVIEW_CHARS],
                "output_chars": len(output),
                "test_code": test_code_of(getattr(item, "obj", None)) if item else "",
                "task_id": _task_id(item) if item else None,
                "duration_ms": round(state.duration * 1000, 3),
            },
        )

    def _check_output(self, report: pytest.TestReport | pytest.CollectReport) -> None:
        size = sum(len(content) for _, content in report.sections)
        if size > self._output_limit:
            self.output_overflow = True

    def finish(self, exitstatus: object, tampered: list[str], nonce: str) -> None:
        """The end-of-session record; written by the child after ``pytest.main`` returns.

        ``nonce`` comes from the host and never sits in a place the plugin exposes.
        """
        extra = sorted(set(vars(self)) - _ATTRIBUTES)
        tampered = [*tampered, *self.replaced[:5]]
        if type(self) is not GraderPlugin or extra:
            tampered = [*tampered, *(f"GraderPlugin instance attribute {name}" for name in extra)]
        _emit(
            self._fd,
            {
                "type": "end",
                "nonce": nonce,
                "exitstatus": str(exitstatus),
                "tampered": tampered,
                "memory_error": self.memory_error,
                "output_overflow": self.output_overflow,
            },
        )
