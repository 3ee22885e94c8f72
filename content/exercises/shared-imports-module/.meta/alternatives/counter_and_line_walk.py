"""Counts ``(name, origin)`` pairs with a ``Counter``, renders the ``from`` lines with
``itertools.groupby``, and rewrites a module by walking its lines once with a map of the
line numbers each affected statement covers."""

from __future__ import annotations

import ast
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import groupby


class StarImportError(ValueError):
    pass


def _imports(tree: ast.Module) -> Iterable[ast.Import | ast.ImportFrom]:
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "__future__":
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node


def _pairs(node: ast.Import | ast.ImportFrom) -> list[tuple[str, str]]:
    pairs = []
    for alias in node.names:
        if isinstance(node, ast.Import):
            bound = alias.asname if alias.asname else alias.name.partition(".")[0]
            origin = alias.name if alias.asname else bound
        else:
            prefix = "." * node.level
            if alias.name == "*":
                raise StarImportError(f"star import from {prefix}{node.module or ''}")
            where = prefix + node.module + "." if node.module else prefix
            bound, origin = alias.asname or alias.name, where + alias.name
        pairs.append((bound, origin))
    return pairs


def imported_names(source: str) -> dict[str, str]:
    return {bound: origin for node in _imports(ast.parse(source)) for bound, origin in _pairs(node)}


def common_imports(sources: Mapping[str, str], *, at_least: int = 2) -> dict[str, str]:
    if at_least <= 0:
        raise ValueError("at_least must be positive")
    seen: Counter[tuple[str, str]] = Counter()
    for text in sources.values():
        seen.update(imported_names(text).items())
    meanings = Counter(name for name, _ in seen)
    return {
        name: origin
        for (name, origin), count in seen.items()
        if count >= at_least and meanings[name] == 1 and origin[0] != "."
    }


def _as(name: str, bound: str) -> str:
    return f"{name} as {bound}" if name != bound else name


def render_module(names: Mapping[str, str]) -> str:
    dotted = sorted(
        (origin.rsplit(".", 1)[0], bound, origin.rsplit(".", 1)[1])
        for bound, origin in names.items()
        if "." in origin
    )
    out = ['"""Imports shared by the project\'s modules."""', ""]
    out += sorted("import " + _as(origin, bound) for bound, origin in names.items()
                  if "." not in origin)  # fmt: skip
    for module, group in groupby(dotted, key=lambda entry: entry[0]):
        out.append(f"from {module} import " + ", ".join(_as(m, b) for _, b, m in group))
    if names:
        out.append("")
    out.append("__all__ = [" + ", ".join('"' + name + '"' for name in sorted(names)) + "]")
    return "\n".join(out) + "\n"


def use_shared(source: str, names: Mapping[str, str], *, shared: str = "common") -> str:
    covered: dict[int, int] = {}
    new_text: dict[int, str] = {}
    taken: list[str] = []
    for node in _imports(ast.parse(source)):
        pairs = _pairs(node)
        rest = [
            alias
            for alias, pair in zip(node.names, pairs, strict=True)
            if names.get(pair[0]) != pair[1]
        ]
        if len(rest) == len(pairs):
            continue
        taken += [bound for bound, origin in pairs if names.get(bound) == origin]
        first = node.lineno
        covered.update((line, first) for line in range(first, (node.end_lineno or first) + 1))
        if not rest:
            new_text[first] = ""
        elif isinstance(node, ast.Import):
            new_text[first] = (
                "import " + ", ".join(_as(a.name, a.asname or a.name) for a in rest) + "\n"
            )
        else:
            module = "." * node.level + (node.module or "")
            listed = ", ".join(_as(a.name, a.asname or a.name) for a in rest)
            new_text[first] = f"from {module} import {listed}\n"
    if not taken:
        return source
    head = min(new_text)
    new_text[head] = f"from {shared} import {', '.join(sorted(set(taken)))}\n" + new_text[head]
    result = []
    pieces = source.split("\n")
    lines = [piece + "\n" for piece in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
    for number, line in enumerate(lines, start=1):
        if number not in covered:
            result.append(line)
        elif covered[number] == number:
            result.append(new_text[number])
    return "".join(result)
