"""``[tool.pyhero] mypy-cache``: the stubs a make-it-clean job needs, cached with the build."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pyhero.environments import Environments
from pyhero.grading._quality_tools import MYPY_CACHE, mypy_config

REPOSITORY = Path(__file__).resolve().parents[2]


def test_the_quality_environment_carries_a_cache_of_the_standard_library(tmp_path: Path) -> None:
    environments = Environments.from_settings(REPOSITORY / "content")
    assert "typing" in environments.get("quality").mypy_cache
    built = environments.sync(["quality"])[0]
    cache = built.prefix / MYPY_CACHE
    assert (cache / "3.11" / "builtins.data.ff").is_file()
    assert all(path.stat().st_mode & 0o004 for path in cache.rglob("*"))

    # A check as a job makes it (on a copy: jobs cannot write the cache, this test can):
    # only the learner's module is parsed, every standard-library module comes from the
    # cache, although the learner's module has flags of its own.
    copy = tmp_path / "cache"
    shutil.copytree(cache, copy)
    (tmp_path / "shop.py").write_text("import logging\n\ndef f(x):\n    return x\n")
    config = tmp_path / "mypy.ini"
    config.write_text(mypy_config(str(copy), ["shop"], ["disallow_untyped_defs"]))
    script = (
        "import sys; from mypy import api; "
        "out, err, status = api.run(['--config-file', sys.argv[1], '-v', 'shop.py']); "
        "print(out); print(err.count('Parsing'), file=sys.stderr)"
    )
    command = [str(built.python), "-I", "-c", script, str(config)]
    completed = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
    )
    assert "shop.py:3:1: error: Function is missing a type annotation" in completed.stdout
    assert completed.stderr.strip().splitlines()[-1] == "1", completed.stderr[-2000:]
