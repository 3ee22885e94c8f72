"""Mutants of a Python module: small semantic changes a strong test suite must notice."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Mutant", "generate_mutants"]

_COMPARE_SWAPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}

_BINOP_SWAPS: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div,
    ast.Mod: ast.FloorDiv,
    ast.Pow: ast.Mult,
    ast.BitAnd: ast.BitOr,
    ast.BitOr: ast.BitAnd,
}


@dataclass(frozen=True, slots=True)
class Mutant:
    """One changed copy of the module: what changed, where, and the new source."""

    index: int
    operator: str
    line: int
    description: str
    source: str


@dataclass(frozen=True, slots=True)
class _Site:
    operator: str
    line: int
    description: str


def _is_docstring(node: ast.AST, parent: ast.AST | None) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        and isinstance(parent, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
    )


def _declares_exports(node: ast.AST) -> bool:
    return isinstance(node, ast.Assign) and any(
        isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
    )


def _is_type_checking_block(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _skipped_subtrees(tree: ast.Module) -> set[int]:
    """Ids of nodes never mutated: annotations, ``__all__``, ``TYPE_CHECKING`` blocks."""
    skipped: set[int] = set()

    def skip(node: ast.AST | None) -> None:
        if node is not None:
            skipped.update(id(child) for child in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign | ast.arg):
            skip(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            skip(node.returns)
            for decorator in node.decorator_list:
                skip(decorator)
        elif _declares_exports(node) or _is_type_checking_block(node):
            skip(node)
    return skipped


class _Mutator(ast.NodeTransformer):
    """Walks the tree; records every mutation site, and applies the one numbered ``target``."""

    def __init__(self, skipped: set[int], target: int | None) -> None:
        self.skipped = skipped
        self.target = target
        self.sites: list[_Site] = []
        self._parents: list[ast.AST] = []

    def _offer(self, node: ast.AST, operator: str, description: str) -> bool:
        """Register a site; True when it is the one to apply."""
        self.sites.append(_Site(operator, getattr(node, "lineno", 0), description))
        return self.target == len(self.sites) - 1

    def generic_visit(self, node: ast.AST) -> ast.AST:
        self._parents.append(node)
        try:
            return super().generic_visit(node)
        finally:
            self._parents.pop()

    def visit(self, node: ast.AST) -> ast.AST | None:
        if id(node) in self.skipped:
            return node
        parent = self._parents[-1] if self._parents else None
        if _is_docstring(node, parent):
            return node
        result: ast.AST | None = super().visit(node)
        return result

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        for position, op in enumerate(node.ops):
            swap = _COMPARE_SWAPS.get(type(op))
            if swap and self._offer(node, "compare", f"{type(op).__name__} -> {swap.__name__}"):
                node.ops[position] = swap()
        return node

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        self.generic_visit(node)
        swap = _BINOP_SWAPS.get(type(node.op))
        if swap and self._offer(node, "arithmetic", f"{type(node.op).__name__} -> {swap.__name__}"):
            node.op = swap()
        return node

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST | None:
        self.generic_visit(node)
        swap = _BINOP_SWAPS.get(type(node.op))
        if swap and self._offer(
            node, "arithmetic", f"{type(node.op).__name__}= -> {swap.__name__}="
        ):
            node.op = swap()
        if self._offer(node, "statement", "augmented assignment dropped"):
            return ast.copy_location(ast.Pass(), node)
        return node

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        self.generic_visit(node)
        swap: ast.boolop = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        if self._offer(node, "boolean", f"{type(node.op).__name__} -> {type(swap).__name__}"):
            node.op = swap
        return node

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.op, ast.Not) and self._offer(node, "boolean", "`not` removed"):
            return node.operand
        if isinstance(node.op, ast.USub) and self._offer(node, "arithmetic", "unary minus removed"):
            return node.operand
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        value = node.value
        if isinstance(value, bool):
            if self._offer(node, "constant", f"{value} -> {not value}"):
                return ast.copy_location(ast.Constant(not value), node)
        elif isinstance(value, int | float):
            for delta in (1, -1):
                if self._offer(node, "constant", f"{value!r} -> {value + delta!r}"):
                    return ast.copy_location(ast.Constant(value + delta), node)
        return node

    def visit_Return(self, node: ast.Return) -> ast.AST:
        self.generic_visit(node)
        returns_something = node.value is not None and not (
            isinstance(node.value, ast.Constant) and node.value.value is None
        )
        if returns_something and self._offer(node, "return", "returns None instead"):
            return ast.copy_location(ast.Return(value=ast.Constant(None)), node)
        return node

    def visit_Expr(self, node: ast.Expr) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.value, ast.Call | ast.Await) and self._offer(
            node, "statement", "call statement dropped"
        ):
            return ast.copy_location(ast.Pass(), node)
        return node

    def visit_Raise(self, node: ast.Raise) -> ast.AST:
        self.generic_visit(node)
        if node.exc is not None and self._offer(node, "statement", "raise dropped"):
            return ast.copy_location(ast.Pass(), node)
        return node

    def visit_Break(self, node: ast.Break) -> ast.AST:
        if self._offer(node, "statement", "break -> continue"):
            return ast.copy_location(ast.Continue(), node)
        return node


def generate_mutants(source: str) -> Iterator[Mutant]:
    """Yield every mutant of ``source``, each differing from it by one change."""
    tree = ast.parse(source)
    original = ast.unparse(tree)
    survey = _Mutator(_skipped_subtrees(tree), target=None)
    survey.visit(tree)
    for index, site in enumerate(survey.sites):
        fresh = ast.parse(source)
        mutator = _Mutator(_skipped_subtrees(fresh), target=index)
        mutator.visit(fresh)
        mutant_source = ast.unparse(ast.fix_missing_locations(fresh))
        if mutant_source == original:
            continue
        yield Mutant(index, site.operator, site.line, site.description, mutant_source)
