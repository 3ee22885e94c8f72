"""Start-up shortcuts applied once in the fork server, before the tamper snapshot.

Every test session scans each of pytest's built-in plugin modules for fixtures (``dir()``
over hundreds of names, ~40% of a small session).  The modules are the same in every forked
child, so the scan is answered from a proxy module holding only their fixtures.
"""

from __future__ import annotations

import types
from typing import Any

__all__ = ["cache_assertion_rewrites", "cache_plugin_fixtures", "precompile"]


def cache_plugin_fixtures(config: Any) -> bool:
    """Make ``FixtureManager.parsefactories`` skip the scan of built-in plugin modules.

    Returns False (and changes nothing) when pytest's internals are not as expected.
    """
    try:
        from _pytest.compat import NOTSET as FIXTURES_NOTSET
        from _pytest.fixtures import FixtureFunctionDefinition, FixtureManager
    except ImportError:
        return False
    proxies: dict[int, tuple[types.ModuleType, types.ModuleType]] = {}
    for plugin in config.pluginmanager.get_plugins():
        if not isinstance(plugin, types.ModuleType) or not plugin.__name__.startswith("_pytest"):
            continue
        proxy = types.ModuleType(plugin.__name__)
        proxy.__file__ = getattr(plugin, "__file__", None)
        for name in dir(plugin):
            value = getattr(plugin, name, None)
            if type(value) is FixtureFunctionDefinition:
                setattr(proxy, name, value)
        proxies[id(plugin)] = (plugin, proxy)
    original = FixtureManager.parsefactories

    def parsefactories(
        self: Any,
        node_or_obj: Any = FIXTURES_NOTSET,
        nodeid: Any = FIXTURES_NOTSET,
        *,
        holder: Any = FIXTURES_NOTSET,
        node: Any = FIXTURES_NOTSET,
    ) -> Any:
        entry = proxies.get(id(holder))
        if entry is not None and entry[0] is holder:
            holder = entry[1]
        if holder is FIXTURES_NOTSET:
            if nodeid is FIXTURES_NOTSET:
                return original(self, node_or_obj)
            return original(self, node_or_obj, nodeid)
        return original(self, holder=holder, node=node)

    FixtureManager.parsefactories = parsefactories  # type: ignore[method-assign]
    return True


_REWRITTEN: dict[tuple[str, bytes], types.CodeType] = {}
_MAX_REWRITTEN = 256


def cache_assertion_rewrites() -> bool:
    """Let forked children reuse test modules the fork server already rewrote and compiled.

    pytest rewrites the asserts of every test module it imports (parse, rewrite, compile).
    The trusted test files of an exercise are the same from one grading to the next, so the
    fork server compiles each distinct (path, content) once (:func:`precompile`) and the
    children find the code object here, checked against the file's current content hash.
    """
    try:
        import importlib.util

        from _pytest.assertion import rewrite
    except ImportError:
        return False
    original = rewrite._rewrite_test

    def rewrite_test(fn: Any, config: Any) -> tuple[bytes, types.CodeType]:
        source = fn.read_bytes()
        source_hash = importlib.util.source_hash(source)
        code = _REWRITTEN.get((str(fn), source_hash))
        if code is not None:
            return source_hash, code
        return original(fn, config)

    rewrite._rewrite_test = rewrite_test
    return True


def precompile(source_path: str, final_path: str) -> None:
    """Rewrite and compile the test file at ``source_path`` as the child will see it."""
    import ast
    import importlib.util

    from _pytest.assertion.rewrite import rewrite_asserts

    with open(source_path, "rb") as handle:
        source = handle.read()
    key = (final_path, importlib.util.source_hash(source))
    if key in _REWRITTEN:
        return
    tree = ast.parse(source, filename=final_path)
    rewrite_asserts(tree, source, final_path, None)
    if len(_REWRITTEN) >= _MAX_REWRITTEN:
        _REWRITTEN.clear()
    _REWRITTEN[key] = compile(tree, final_path, "exec", dont_inherit=True)
