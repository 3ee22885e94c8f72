"""Start-up shortcuts applied once in the fork server, before the tamper snapshot.

Every test session scans each of pytest's built-in plugin modules for fixtures (``dir()``
over hundreds of names, ~40% of a small session).  The modules are the same in every forked
child, so the scan is answered from a proxy module holding only their fixtures.
"""

from __future__ import annotations

import types
from typing import Any

__all__ = ["cache_plugin_fixtures"]


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
