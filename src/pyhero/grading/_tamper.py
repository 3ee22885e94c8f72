"""Detects and prevents runtime patching of the test machinery by the code under test.

Three layers, all set up before any submission byte runs:

- :func:`freeze_harness_types` (fork server) marks the classes of pytest, pluggy, unittest's
  test machinery and pyhero as immutable types, as CPython's own built-in types are: an
  assignment such as ``TestCase.assertEqual = ...`` raises ``TypeError``;
- :class:`Snapshot` (fork server) remembers the functions, classes and descriptors of the
  modules that run and report tests, and of ``builtins``;
- :class:`SessionSnapshot` (each job, at its gate) remembers the registered pytest plugins,
  the hook callers and every hook implementation's function.

:class:`Guard` compares both snapshots with the live objects at every test boundary and at
the end of the session; any difference ends the test process as tampering.
"""

from __future__ import annotations

import builtins
import ctypes
import importlib
import itertools
import operator
import sys
import types
from collections.abc import Callable
from typing import Any, NoReturn

__all__ = ["Guard", "SessionSnapshot", "Snapshot", "freeze_harness_types", "take_snapshot"]

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
    "_pytest.fixtures",
    "_pytest.nodes",
    "_pytest.capture",
    "_pytest.logging",
    "_pytest.warnings",
    "_pytest.assertion",
    "_pytest.assertion.rewrite",
    "_pytest.assertion.util",
    "_pytest._code.code",
    "pluggy._callers",
    "pluggy._hooks",
    "pluggy._manager",
    "pytest",
    "unittest",
    "unittest.case",
    "unittest.result",
    "pyhero.grading._plugin",
    "pyhero.grading._protocol",
    "pyhero.grading._tamper",
    "pyhero.grading._testproc",
    "json",
)
"""Modules whose callables decide or report outcomes (module dicts stay mutable)."""
_VOLATILE = frozenset(
    {
        "_pytest.assertion.util._reprcompare",
        "_pytest.assertion.util._assertion_pass",
        "_pytest.assertion.util._config",
    }
)
"""Module globals pytest itself rebinds around every test."""
_VOLATILE_NAMES: dict[str, tuple[str, ...]] = {}
for _qualified in _VOLATILE:
    _module, _, _name = _qualified.rpartition(".")
    _VOLATILE_NAMES[_module] = (*_VOLATILE_NAMES.get(_module, ()), _name)

_FROZEN_PACKAGES = ("_pytest", "pytest", "pluggy", "pyhero.grading", "pyhero.sealed")
_FROZEN_MODULES = ("unittest.case", "unittest.result", "unittest.suite", "unittest.loader")
"""Whose classes become immutable types (``unittest.mock`` builds subclasses at run time)."""
_MUTABLE = frozenset({"_pytest.debugging.pytestPDB"})
"""Harness classes pytest itself assigns attributes to while it runs."""
_IMMUTABLE = 1 << 8  # Py_TPFLAGS_IMMUTABLETYPE
_NODE_MARK = "_pytest_diamond_inheritance_warning_shown"


def _is_code(value: object) -> bool:
    return callable(value) or isinstance(
        value, property | classmethod | staticmethod | types.MemberDescriptorType
    )


class Snapshot:
    """The watched modules' callables and descriptors (and ``builtins``), by identity."""

    def __init__(self) -> None:
        self._watched: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
        for name in _MODULES:
            try:
                module = importlib.import_module(name)
            except ImportError:
                continue
            self._add(name, vars(module))
        self._add("builtins", vars(builtins))
        self._modules = {name: sys.modules.get(name) for name in _MODULES}

    def _add(self, label: str, namespace: dict[str, Any]) -> None:
        kept = {
            name: value for name, value in namespace.items() if f"{label}.{name}" not in _VOLATILE
        }
        self._watched.append((label, namespace, kept))

    def changed(self) -> list[str]:
        """Names of watched objects replaced, added or removed since the snapshot.

        The common case, nothing changed, is decided by identity comparisons that run in C.
        """
        changes: list[str] = []
        for label, namespace, kept in self._watched:
            now = map(namespace.get, kept, itertools.repeat(_MISSING))
            if len(namespace) - len(kept) == self._volatile_in(label, namespace) and all(
                map(operator.is_, kept.values(), now)
            ):
                continue
            changes.extend(
                f"{label}.{name}"
                for name in kept.keys() | namespace.keys()
                if f"{label}.{name}" not in _VOLATILE
                and kept.get(name, _MISSING) is not namespace.get(name, _MISSING)
                and (_is_code(kept.get(name)) or _is_code(namespace.get(name)))
            )
        for name, module in self._modules.items():
            if module is not None and sys.modules.get(name) is not module:
                changes.append(f"sys.modules[{name!r}]")
        return sorted(set(changes))

    @staticmethod
    def _volatile_in(label: str, namespace: dict[str, Any]) -> int:
        return sum(1 for name in _VOLATILE_NAMES.get(label, ()) if name in namespace)


_MISSING = object()


def take_snapshot() -> Snapshot:
    return Snapshot()


class SessionSnapshot:
    """One job's pytest plugins, hook callers and hook implementations, by identity."""

    def __init__(self, pluginmanager: Any) -> None:
        self._pm = pluginmanager
        self._plugins = dict(pluginmanager.list_name_plugin())
        self._callers = dict(vars(pluginmanager.hook))
        self._impls = {name: self._impls_of(caller) for name, caller in self._callers.items()}

    @staticmethod
    def _impls_of(caller: Any) -> tuple[object, ...]:
        impls = caller.get_hookimpls()
        return (*impls, *map(_FUNCTION, impls))

    def changed(self) -> list[str]:
        plugins = dict(self._pm.list_name_plugin())
        changes = [
            f"pytest plugin {name}"
            for name in self._plugins.keys() | plugins.keys()
            if self._plugins.get(name, _MISSING) is not plugins.get(name, _MISSING)
        ]
        callers = vars(self._pm.hook)
        for name in self._callers.keys() | callers.keys():
            caller = callers.get(name, _MISSING)
            if self._callers.get(name, _MISSING) is not caller:
                changes.append(f"pytest hook {name}")
                continue
            before, now = self._impls[name], self._impls_of(caller)
            if len(now) != len(before) or not all(map(operator.is_, before, now)):
                changes.append(f"implementations of pytest hook {name}")
        return changes


_FUNCTION = operator.attrgetter("function")


class Guard:
    """Checks both snapshots; on a difference, reports and ends the process at once."""

    def __init__(
        self,
        snapshot: Snapshot,
        session: SessionSnapshot,
        tamper: Callable[[str], NoReturn],
    ) -> None:
        self._checks = (snapshot.changed, session.changed)
        self._tamper = tamper

    def check(self, where: str) -> None:
        for changed in self._checks:
            names = changed()
            if names:
                self._tamper(f"the code under test patched {', '.join(names[:5])} ({where})")


def _flags_offset() -> int | None:
    """Where ``tp_flags`` sits in a type object, found by looking (CPython only)."""
    if sys.implementation.name != "cpython":
        return None

    class Probe:
        pass

    want = Probe.__flags__
    step = ctypes.sizeof(ctypes.c_ulong)
    for offset in range(0, 64 * step, step):
        if ctypes.c_ulong.from_address(id(Probe) + offset).value == want:
            flags = ctypes.c_ulong.from_address(id(Probe) + offset)
            flags.value |= _IMMUTABLE
            try:
                Probe.attribute = 1  # type: ignore[attr-defined]
            except TypeError:
                return offset
            finally:
                flags.value &= ~_IMMUTABLE
    return None


def _frozen_module(name: str) -> bool:
    return name in _FROZEN_MODULES or any(
        name == package or name.startswith(package + ".") for package in _FROZEN_PACKAGES
    )


def _harness_classes() -> list[type]:
    found: dict[int, type] = {}
    for name, module in list(sys.modules.items()):
        if not _frozen_module(name):
            continue
        pending = [value for value in vars(module).values() if isinstance(value, type)]
        while pending:
            cls = pending.pop()
            if cls.__module__ != name or cls.__flags__ & _IMMUTABLE or id(cls) in found:
                continue
            if f"{name}.{cls.__qualname__}" in _MUTABLE:
                continue
            found[id(cls)] = cls
            pending.extend(value for value in vars(cls).values() if isinstance(value, type))
    return list(found.values())


def freeze_harness_types() -> int:
    """Make the harness's classes immutable types; returns how many (0 when unsupported)."""
    offset = _flags_offset()
    if offset is None:
        return 0
    from _pytest.nodes import Node

    classes = _harness_classes()
    for cls in classes:
        if issubclass(cls, Node):  # pytest marks each node class on its first instance
            setattr(cls, _NODE_MARK, True)
        ctypes.c_ulong.from_address(id(cls) + offset).value |= _IMMUTABLE
    return len(classes)
