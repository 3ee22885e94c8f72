"""Detects runtime patching of pytest, unittest and builtins by the code under test.

:func:`take_snapshot` runs in the fork server, before any submission is imported; after the
session the child compares the live objects with it.  Only callables and descriptors are
compared: plain module globals may change legitimately.
"""

from __future__ import annotations

import builtins
import importlib
import sys
import types
import unittest
import unittest.case
from typing import Any

__all__ = ["Snapshot", "take_snapshot"]

_MODULES = (
    "_pytest.runner",
    "_pytest.reports",
    "_pytest.python",
    "_pytest.unittest",
    "_pytest.outcomes",
    "_pytest.main",
    "_pytest.skipping",
    "_pytest.subtests",
    "_pytest.raises",
    "_pytest.assertion.rewrite",
    "pluggy._callers",
    "pluggy._hooks",
    "pluggy._manager",
    "pytest",
    "unittest.case",
    "unittest.result",
    "pyhero.grading._plugin",
    "pyhero.grading._protocol",
)

_CLASSES = (
    ("_pytest.runner", "CallInfo"),
    ("_pytest.reports", "BaseReport"),
    ("_pytest.reports", "TestReport"),
    ("_pytest.reports", "CollectReport"),
    ("_pytest.python", "Function"),
    ("_pytest.python", "Module"),
    ("_pytest.python", "Class"),
    ("_pytest.unittest", "TestCaseFunction"),
    ("_pytest.unittest", "UnitTestCase"),
    ("_pytest.main", "Session"),
    ("_pytest.nodes", "Node"),
    ("_pytest.nodes", "Item"),
    ("_pytest._code.code", "ExceptionInfo"),
    ("_pytest.subtests", "SubtestReport"),
    ("pluggy._hooks", "HookCaller"),
    ("pluggy._manager", "PluginManager"),
    ("unittest.case", "TestCase"),
    ("unittest.case", "_Outcome"),
    ("unittest.result", "TestResult"),
    ("pyhero.grading._plugin", "GraderPlugin"),
)

_WATCHED_OBJECTS: tuple[tuple[str, Any], ...] = (("builtins", builtins),)


def _is_code(value: object) -> bool:
    return callable(value) or isinstance(
        value, property | classmethod | staticmethod | types.MemberDescriptorType
    )


def _entries(namespace: dict[str, Any]) -> dict[str, int]:
    return {name: id(value) for name, value in namespace.items() if _is_code(value)}


class Snapshot:
    """Identities of the watched functions, classes and descriptors at a point in time."""

    def __init__(self) -> None:
        self._owners: list[tuple[str, Any]] = []
        self._ids: dict[str, dict[str, int]] = {}
        self._keep: list[object] = []  # keeps the originals alive so ids stay unique
        for name in _MODULES:
            try:
                module = importlib.import_module(name)
            except ImportError:
                continue
            self._add(name, module)
        for module_name, class_name in _CLASSES:
            owner = sys.modules.get(module_name)
            cls = getattr(owner, class_name, None)
            if isinstance(cls, type):
                self._add(f"{module_name}.{class_name}", cls)
        for label, obj in _WATCHED_OBJECTS:
            self._add(label, obj)
        self._modules = {name: sys.modules.get(name) for name in _MODULES}
        self._unittest = unittest

    def _add(self, label: str, owner: Any) -> None:
        namespace = dict(vars(owner))
        self._owners.append((label, owner))
        self._ids[label] = _entries(namespace)
        self._keep.append(namespace)

    def changed(self) -> list[str]:
        """Names of watched objects that were replaced, added or removed since the snapshot."""
        changes: list[str] = []
        for label, owner in self._owners:
            before = self._ids[label]
            now = _entries(dict(vars(owner)))
            changes.extend(
                f"{label}.{name}"
                for name in before.keys() | now.keys()
                if before.get(name) != now.get(name)
            )
        for name, module in self._modules.items():
            if module is not None and sys.modules.get(name) is not module:
                changes.append(f"sys.modules[{name!r}]")
        return sorted(changes)


def take_snapshot() -> Snapshot:
    return Snapshot()
