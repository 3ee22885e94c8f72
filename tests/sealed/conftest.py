"""Fixtures of the sealed-test library's tests: learner modules written from source."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

ModuleFactory = Callable[[str, str], ModuleType]


@pytest.fixture
def make_module(tmp_path: Path) -> Iterator[ModuleFactory]:
    """Write ``source`` as ``<name>.py`` and import it (as a learner's module would be)."""
    made: list[str] = []

    def make(name: str, source: str) -> ModuleType:
        path = tmp_path / f"{name}.py"
        path.write_text(textwrap.dedent(source), encoding="utf-8")
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        made.append(name)
        spec.loader.exec_module(module)
        return module

    yield make
    for name in made:
        sys.modules.pop(name, None)
