"""A pytest plugin for the developer runner: the test outcomes as one JSON file.

Loaded with ``-p pyhero.sealed._dev_pytest --sealed-dev-report PATH``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

__all__: list[str] = []

_OPTION = "--sealed-dev-report"
_outcomes: dict[str, str] = {}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(_OPTION, default=None, help="write the outcomes as JSON to this path")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" or report.outcome != "passed":
        previous = _outcomes.get(report.nodeid)
        if previous is None or previous == "passed":
            _outcomes[report.nodeid] = report.outcome


def pytest_collectreport(report: pytest.CollectReport) -> None:
    if report.failed:
        _outcomes[f"collecting {report.nodeid}"] = "failed"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    target = session.config.getoption(_OPTION)
    if target:
        payload = {"exitstatus": int(exitstatus), "outcomes": _outcomes}
        Path(target).write_text(json.dumps(payload), encoding="utf-8")
