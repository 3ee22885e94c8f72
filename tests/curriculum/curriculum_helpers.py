"""Helpers for curriculum tests: the valid fixture curriculum and editable copies of it.

A plain module (not a conftest) so that its name is unique across the test tree.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from pyhero.curriculum import Curriculum

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "curriculum" / "valid"


def copy_valid(tmp_path: Path) -> Path:
    """A private copy of the valid fixture content directory, free to break."""
    return Path(shutil.copytree(VALID, tmp_path / "content"))


def edit_yaml(content: Path, name: str, change: Callable[[Any], object]) -> Path:
    """Load ``content/curriculum/<name>``, let ``change`` mutate the data, save it back."""
    path = content / "curriculum" / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
    return path


def requires(cur: Curriculum, slug: str) -> set[str]:
    """Every topic ``slug`` depends on, directly or through other topics."""
    found: set[str] = set()
    stack = list(cur.topic(slug).prerequisites)
    while stack:
        prereq = stack.pop()
        if prereq not in found:
            found.add(prereq)
            stack.extend(cur.topic(prereq).prerequisites)
    return found
