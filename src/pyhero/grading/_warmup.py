"""A first pytest session run inside the fork server itself, before any job.

It leaves pytest's lazy imports, compiled regular expressions and other caches warm in the
server's heap, so each forked child starts where a second run would.  The session only
touches a private temporary directory; what it adds to ``sys.path``/``sys.modules`` is
removed afterwards.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile

__all__ = ["warm_up"]

_SOLUTION = """
def double(value):
    return value * 2
"""

_TESTS = """
import unittest

import pytest

from pyhero_warmup_solution import double


class DoubleTest(unittest.TestCase):
    @pytest.mark.task(taskno=1)
    def test_small(self):
        print("warm")
        self.assertEqual(double(2), 4)

    def test_sub(self):
        for value in (1, 2):
            with self.subTest(value=value):
                self.assertEqual(double(value), 3)


@pytest.mark.parametrize(("value", "expected"), [(1, 2), (3, 5)])
def test_param(value, expected):
    assert double(value) == expected


def test_raises():
    with pytest.raises(TypeError):
        double(None)
"""


def warm_up() -> None:
    """Run one small session (its results are discarded)."""
    from pyhero.grading._plugin import GraderPlugin
    from pyhero.grading._testproc import pytest_args, run_pytest

    directory = tempfile.mkdtemp(prefix="pyhero-warmup-")
    saved_path = list(sys.path)
    saved_modules = set(sys.modules)
    read_fd, write_fd = os.pipe()
    try:
        with open(os.path.join(directory, "pyhero_warmup_solution.py"), "w") as handle:
            handle.write(_SOLUTION)
        with open(os.path.join(directory, "pyhero_warmup_test.py"), "w") as handle:
            handle.write(_TESTS)
        os.set_blocking(write_fd, False)
        plugin = GraderPlugin(write_fd, 1 << 20)
        with contextlib.suppress(Exception, SystemExit):
            tests = [os.path.join(directory, "pyhero_warmup_test.py")]
            run_pytest(pytest_args(tests, directory), [plugin], None)
    finally:
        os.close(read_fd)
        os.close(write_fd)
        sys.path[:] = saved_path
        for name in set(sys.modules) - saved_modules:
            if name.startswith("pyhero_warmup"):
                del sys.modules[name]
        shutil.rmtree(directory, ignore_errors=True)
