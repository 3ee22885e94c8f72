"""Test-session set-up shared by every test package."""

from __future__ import annotations

import os
import tempfile

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Caches (the grader's reference runs, link health) go to a private directory."""
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="pyhero-test-cache-")
