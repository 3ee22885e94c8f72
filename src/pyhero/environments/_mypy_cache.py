"""A prepared mypy cache, built with an environment that lists ``[tool.pyhero] mypy-cache``.

mypy spends most of a small check reading the standard library's stubs.  The build runs
mypy once, in the environment's own interpreter, over the listed modules, with the global
options every make-it-clean job uses (``pyhero.grading._quality_tools.mypy_base_config``),
and keeps the cache in the environment's prefix.  Jobs read it without writing (the
sandbox binds the environment read-only); a module missing from it is parsed in the job.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from pyhero.environments._catalog import Environment, EnvironmentsError

__all__ = ["prepare_mypy_cache"]

_TIMEOUT = 600
_SCRIPT = """
import sys
from mypy import api
stdout, stderr, status = api.run(["--config-file", sys.argv[1], "-c", sys.argv[2]])
if status != 0:
    sys.exit(stdout + stderr)
"""


def prepare_mypy_cache(environment: Environment, prefix: Path) -> None:
    """Build the cache of ``environment.mypy_cache``'s modules into ``prefix``."""
    # The grader's package, imported only when a build needs it (not at every start-up).
    from pyhero.grading._quality_tools import MYPY_CACHE, mypy_base_config

    cache = prefix / MYPY_CACHE
    what = f"preparing mypy's cache for the environment {environment.name!r}"
    with tempfile.TemporaryDirectory(prefix="pyhero-mypy-cache-") as scratch:
        config = Path(scratch) / "mypy.ini"
        config.write_text(mypy_base_config(str(cache)), encoding="utf-8")
        program = "import " + ", ".join(environment.mypy_cache)
        command = [str(prefix / "bin" / "python"), "-I", "-c", _SCRIPT, str(config), program]
        try:
            completed = subprocess.run(
                command, capture_output=True, text=True, timeout=_TIMEOUT, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise EnvironmentsError(f"{what}: mypy did not finish in {_TIMEOUT} s") from exc
    if completed.returncode != 0:
        tail = "\n".join(completed.stderr.strip().splitlines()[-12:])
        raise EnvironmentsError(f"{what}: mypy failed (exit {completed.returncode}):\n{tail}")
    for path in [cache, *cache.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)  # read by the sandbox's users
