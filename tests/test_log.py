"""Logging: structlog is configured from the settings when a logger is first asked for."""

from __future__ import annotations

import json
import subprocess
import sys


def run(script: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**env, "PATH": "/usr/bin:/bin"},
    )


def test_json_events_at_the_configured_level_go_to_standard_error() -> None:
    script = (
        "from pyhero.log import get_logger\n"
        "log = get_logger('pyhero.test', learner='ada')\n"
        "log.info('hidden')\n"
        "log.warning('shown', port=8000)\n"
    )
    done = run(script, PYHERO_LOG_FORMAT="json", PYHERO_LOG_LEVEL="warning")
    (line,) = done.stderr.splitlines()
    event = json.loads(line)
    assert (event["event"], event["level"], event["port"], event["learner"]) == (
        "shown",
        "warning",
        8000,
        "ada",
    )
    assert done.stdout == ""


def test_structlog_is_not_imported_until_a_logger_is_asked_for() -> None:
    script = "import sys, pyhero.log, pyhero.cli\nprint('structlog' in sys.modules)\n"
    assert run(script).stdout.strip() == "False"
