"""Shares relative imports too.

``from .models import Sale`` in the shared module means ``common``'s sibling ``models``,
not the importing module's. The visible tests catch it.
"""

from __future__ import annotations

import ast
import io
from collections import defaultdict
from collections.abc import Mapping

DOCSTRING = '"""Imports shared by the project\'s modules."""'


class StarImportError(ValueError):
    """A star import hides which names a module binds."""


def _from_module(node: ast.ImportFrom) -> str:
    return "." * node.level + (node.module or "")


def _bindings(node: ast.Import | ast.ImportFrom) -> list[tuple[str, str]]:
    """``(bound name, origin)`` for each alias of an import statement."""
    if isinstance(node, ast.Import):
        return [
            (alias.asname, alias.name) if alias.asname else ((top := alias.name.split(".")[0]), top)
            for alias in node.names
        ]
    module = _from_module(node)
    separator = "." if node.module else ""
    pairs = []
    for alias in node.names:
        if alias.name == "*":
            raise StarImportError(f"from {module} import *: the names it binds are unknown")
        pairs.append((alias.asname or alias.name, f"{module}{separator}{alias.name}"))
    return pairs


def _top_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    return [
        node
        for node in tree.body
        if isinstance(node, ast.Import)
        or (isinstance(node, ast.ImportFrom) and node.module != "__future__")
    ]


def imported_names(source: str) -> dict[str, str]:
    """The names the module's top-level imports bind, each with where it comes from."""
    names: dict[str, str] = {}
    for node in _top_level_imports(ast.parse(source)):
        names.update(_bindings(node))
    return names


def common_imports(sources: Mapping[str, str], *, at_least: int = 2) -> dict[str, str]:
    """The absolute imports bound alike by at least ``at_least`` modules, never bound to
    anything else by another."""
    if at_least < 1:
        raise ValueError(f"at_least must be at least 1, got {at_least}")
    origins: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for source in sources.values():
        for name, origin in imported_names(source).items():
            origins[name][origin] += 1
    return {
        name: origin
        for name, counts in sorted(origins.items())
        for origin, count in counts.items()
        if len(counts) == 1 and count >= at_least
    }


def _alias(name: str, bound: str) -> str:
    return name if bound == name else f"{name} as {bound}"


def render_module(names: Mapping[str, str]) -> str:
    """The source of the shared module that binds ``names`` and exports them all."""
    plain: list[str] = []
    grouped: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for bound, origin in names.items():
        module, dot, member = origin.rpartition(".")
        if dot:
            grouped[module].append((bound, member))
        else:
            plain.append(f"import {_alias(origin, bound)}")
    lines = sorted(plain)
    for module in sorted(grouped):
        members = ", ".join(_alias(member, bound) for bound, member in sorted(grouped[module]))
        lines.append(f"from {module} import {members}")
    exported = ", ".join(f'"{bound}"' for bound in sorted(names))
    imports = "".join(f"{line}\n" for line in lines) + ("\n" if lines else "")
    return f"{DOCSTRING}\n\n{imports}__all__ = [{exported}]\n"


def _statement(node: ast.Import | ast.ImportFrom, kept: list[ast.alias]) -> str:
    aliases = ", ".join(_alias(alias.name, alias.asname or alias.name) for alias in kept)
    if isinstance(node, ast.Import):
        return f"import {aliases}\n"
    return f"from {_from_module(node)} import {aliases}\n"


def use_shared(source: str, names: Mapping[str, str], *, shared: str = "common") -> str:
    """``source`` with the imports of ``names`` replaced by one import from ``shared``."""
    lines = io.StringIO(source, newline="\n").readlines()
    replacements: list[tuple[int, int, str]] = []
    moved: set[str] = set()
    for node in _top_level_imports(ast.parse(source)):
        kept = []
        for alias, (bound, origin) in zip(node.names, _bindings(node), strict=True):
            if names.get(bound) == origin:
                moved.add(bound)
            else:
                kept.append(alias)
        if len(kept) < len(node.names):
            text = "" if not kept else _statement(node, kept)
            replacements.append((node.lineno - 1, node.end_lineno or node.lineno, text))
    if not replacements:
        return source
    start, end, text = replacements[0]
    replacements[0] = (start, end, f"from {shared} import {', '.join(sorted(moved))}\n{text}")
    for start, end, text in reversed(replacements):
        lines[start:end] = [text]
    return "".join(lines)
