"""``use_shared`` rewrites a relative from-import with ``node.module`` only, losing its dots.

``from .models import Sale, Refund`` left with ``Refund`` becomes ``from models import
Refund`` (and ``from . import views, forms`` becomes ``from None import forms``). The
visible tests catch it; so does the sealed set.
"""

from __future__ import annotations

import ast
import io
from collections.abc import Mapping


class StarImportError(ValueError):
    """A star import hides which names a module binds."""


def _from_module(node: ast.ImportFrom) -> str:
    return "." * (node.level or 0) + (node.module or "")


def _is_future(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.ImportFrom) and (node.level or 0) == 0 and node.module == "__future__"
    )


def _bindings(node: ast.Import | ast.ImportFrom) -> list[tuple[str, str]]:
    """(name, origin) for each alias of an import statement, in order."""
    out: list[tuple[str, str]] = []
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.asname:
                out.append((alias.asname, alias.name))
            else:
                top = alias.name.split(".")[0]
                out.append((top, top))
    else:
        module = _from_module(node)
        for alias in node.names:
            if alias.name == "*":
                raise StarImportError(f"from {module} import * hides the names it binds")
            origin = f"{module}.{alias.name}" if node.module else module + alias.name
            out.append((alias.asname or alias.name, origin))
    return out


def _top_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    return [
        node
        for node in tree.body
        if isinstance(node, (ast.Import, ast.ImportFrom)) and not _is_future(node)
    ]


def imported_names(source: str) -> dict[str, str]:
    """The names the module's top-level imports bind, each with where it comes from."""
    tree = ast.parse(source)
    names: dict[str, str] = {}
    for node in _top_imports(tree):
        for name, origin in _bindings(node):
            names[name] = origin
    return names


def common_imports(sources: Mapping[str, str], *, at_least: int = 2) -> dict[str, str]:
    """The absolute imports bound alike by at least ``at_least`` modules, never bound to
    anything else by another."""
    if at_least < 1:
        raise ValueError(f"at_least must be at least 1, got {at_least}")
    origins: dict[str, dict[str, int]] = {}
    for source in sources.values():
        for name, origin in imported_names(source).items():
            per = origins.setdefault(name, {})
            per[origin] = per.get(origin, 0) + 1
    shared: dict[str, str] = {}
    for name in sorted(origins):
        per = origins[name]
        if len(per) != 1:
            continue
        ((origin, count),) = per.items()
        if count >= at_least and not origin.startswith("."):
            shared[name] = origin
    return shared


def _split_origin(origin: str) -> tuple[str, str]:
    stripped = origin.lstrip(".")
    dots = origin[: len(origin) - len(stripped)]
    if "." in stripped:
        parent, leaf = stripped.rsplit(".", 1)
        return dots + parent, leaf
    return dots, stripped


def render_module(names: Mapping[str, str]) -> str:
    """The source of the shared module that binds ``names`` and exports them all."""
    plain: list[str] = []
    froms: dict[str, list[tuple[str, str]]] = {}
    for name, origin in names.items():
        if "." not in origin:
            plain.append(f"import {origin}" if name == origin else f"import {origin} as {name}")
        else:
            parent, leaf = _split_origin(origin)
            froms.setdefault(parent, []).append((name, leaf))
    lines = sorted(plain)
    for parent in sorted(froms):
        parts = [
            leaf if leaf == name else f"{leaf} as {name}" for name, leaf in sorted(froms[parent])
        ]
        lines.append(f"from {parent} import {', '.join(parts)}")
    out = ['"""Imports shared by the project\'s modules."""\n', "\n"]
    if lines:
        out.extend(line + "\n" for line in lines)
        out.append("\n")
    out.append("__all__ = [" + ", ".join(f'"{n}"' for n in sorted(names)) + "]\n")
    return "".join(out)


def _render_statement(node: ast.Import | ast.ImportFrom, aliases: list[ast.alias]) -> str:
    parts = [a.name if not a.asname else f"{a.name} as {a.asname}" for a in aliases]
    if isinstance(node, ast.Import):
        return f"import {', '.join(parts)}\n"
    return f"from {node.module} import {', '.join(parts)}\n"


def use_shared(source: str, names: Mapping[str, str], *, shared: str = "common") -> str:
    """``source`` with the imports of ``names`` replaced by one import from ``shared``."""
    tree = ast.parse(source)
    lines = io.StringIO(source).readlines()
    edits: list[tuple[int, int, list[str] | None]] = []  # (start, end, remaining alias text)
    removed: set[str] = set()
    for node in _top_imports(tree):
        if isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names):
            continue
        keep: list[ast.alias] = []
        lost = False
        for alias, (name, origin) in zip(node.names, _bindings(node), strict=False):
            if name in names and names[name] == origin:
                removed.add(name)
                lost = True
            else:
                keep.append(alias)
        if lost:
            text = _render_statement(node, keep) if keep else ""
            edits.append((node.lineno, node.end_lineno or node.lineno, text))
    if not edits:
        return source
    shared_line = f"from {shared} import {', '.join(sorted(removed))}\n"
    out: list[str] = []
    pos = 1  # next 1-based line to copy
    for i, (start, end, text) in enumerate(edits):
        out.extend(lines[pos - 1 : start - 1])
        if i == 0:
            out.append(shared_line)
        out.append(text)
        pos = end + 1
    out.extend(lines[pos - 1 :])
    return "".join(out)
