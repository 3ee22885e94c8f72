"""Whether a skip came from the tests themselves or from the code under test.

A test may skip itself (``@unittest.skip``, ``pytest.mark.skip``, ``self.skipTest()``,
``pytest.skip()`` in the test or a fixture of the test file): the grader then ignores it.  The
code under test must not be able to skip a test it would fail, so a skip counts only when
every frame it was raised through belongs to a test file of the session or to pytest, pluggy
or unittest.  For unittest the frames of the original ``SkipTest`` count too: pytest raises
its own skip in its result object, with unittest's exception as the context.
"""

from __future__ import annotations

import os
import unittest
from collections.abc import Collection

import _pytest
import pluggy
import pytest

__all__ = ["skipped_by_tests"]

_LIBRARIES = tuple(
    os.path.dirname(module.__file__ or "") + os.sep for module in (_pytest, pluggy, unittest)
)
_SKIPS = (unittest.SkipTest, pytest.skip.Exception)
_MAX_CHAIN = 8


def skipped_by_tests(skip: BaseException, test_files: Collection[str]) -> bool:
    """True when only ``test_files`` and the test machinery raised ``skip`` (and the skips
    it was raised while handling)."""
    current: BaseException | None = skip
    for _ in range(_MAX_CHAIN):
        if current is None:
            return True
        traceback = current.__traceback__
        while traceback is not None:
            filename = traceback.tb_frame.f_code.co_filename
            if filename not in test_files and not filename.startswith(_LIBRARIES):
                return False
            traceback = traceback.tb_next
        context = current.__context__
        current = context if isinstance(context, _SKIPS) else None
    return False
