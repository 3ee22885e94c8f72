"""An exercise's tests run by hand with pytest inside the checkout: the checkout's pytest
configuration (``--strict-markers``) knows the ``task`` marker they use."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from pyhero.config import default_content_dir
from pyhero.exercise import load_exercise_spec


def test_pytest_runs_an_exercises_tests_in_the_checkout() -> None:
    directory, test_file = next(
        (directory, name)
        for directory in sorted((default_content_dir() / "exercises").iterdir())
        for name in load_exercise_spec(directory).test_files
        if "@pytest.mark.task" in (directory / name).read_text(encoding="utf-8")
        and load_exercise_spec(directory).pyhero.environment is None  # pyhero's libraries
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", test_file, "-q"],
        capture_output=True,
        text=True,
        cwd=directory,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )
    assert "'task' not found" not in done.stdout + done.stderr
    assert done.returncode == 1, done.stdout  # collected and run: the stub fails its tests
    assert re.search(r"\d+ failed", done.stdout)
