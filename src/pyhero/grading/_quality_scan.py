"""Suppressions in a make-it-clean solution: the comments and constructs that silence a tool.

A clean solution satisfies mypy and ruff; it does not tell them to look away.  Comments are
found with :mod:`tokenize` (a ``"# noqa"`` inside a string is text, not a comment), the
constructs with :mod:`ast`.  Refused, always:

- ``# noqa`` (any form, ``# ruff: noqa`` included) and ``# type: ignore``;
- tool directives: ``# mypy:``, ``# pyright:``, ``# ruff:``, ``# flake8:``, ``# pylint:``,
  ``# isort:``, ``# fmt:``, ``# pyre-…``, ``# pytype:``;
- ``typing.cast`` (it makes the checker trust the author instead of the code);
- ``@typing.no_type_check`` and ``@no_type_check_decorator``;
- code mypy never reads: the ``else`` branch of ``if TYPE_CHECKING:`` and ``if not
  TYPE_CHECKING:`` (mypy goes by the name: ``MYPY`` too, and a module's own constant).

With ``forbid_any``, also every use of ``typing.Any``.  Runs in the job (standard library
only).
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from typing import Any

__all__ = ["scan_source"]

_TOOLS = "mypy|pyright|ruff|flake8|pylint|isort|fmt|pytype|pyre|yapf|black"
_COMMENT_RULES = (
    ("noqa", re.compile(r"(?:^|[\s:])noqa\b", re.IGNORECASE), "`noqa` silences ruff"),
    (
        "type-ignore",
        re.compile(r"\btype\s*:\s*ignore\b", re.IGNORECASE),
        "`type: ignore` silences mypy",
    ),
    (
        "tool-directive",
        re.compile(rf"^\s*(?:(?:{_TOOLS})\s*:|pyre-[a-z])", re.IGNORECASE),
        "a tool directive changes what the checks see",
    ),
)
_TYPING = frozenset({"typing", "typing_extensions"})


def _finding(line: int, column: int, rule: str, message: str, file: str) -> dict[str, Any]:
    return {
        "tool": "suppressions",
        "file": file,
        "line": line,
        "column": column,
        "rule": rule,
        "message": message,
    }


def _comments(source: bytes, file: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    tokens = tokenize.tokenize(io.BytesIO(source).readline)
    for token in tokens:
        if token.type != tokenize.COMMENT:
            continue
        text = token.string.lstrip("#")
        for rule, pattern, why in _COMMENT_RULES:
            if pattern.search(text):
                shown = token.string.strip()[:80]
                message = f"{why}: remove `{shown}` and fix what it hides"
                found.append(_finding(token.start[0], token.start[1] + 1, rule, message, file))
    return found


class _Constructs(ast.NodeVisitor):
    """``cast``, ``no_type_check``, ``TYPE_CHECKING`` branches and (optionally) ``Any``."""

    def __init__(self, file: str, forbid_any: bool) -> None:
        self.file = file
        self.forbid_any = forbid_any
        self.found: list[dict[str, Any]] = []
        self.aliases: dict[str, str] = {}  # local name -> "typing.<name>"
        self.modules: set[str] = set()  # local names of the typing modules

    def typing_name(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id)
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in self.modules
        ):
            return node.attr
        return None

    def add(self, node: ast.AST, rule: str, message: str) -> None:
        line = getattr(node, "lineno", 1)
        column = getattr(node, "col_offset", 0) + 1
        self.found.append(_finding(line, column, rule, message, self.file))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name in _TYPING:
                self.modules.add(alias.asname or alias.name)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.module in _TYPING:
            for alias in node.names:
                self.aliases[alias.asname or alias.name] = alias.name

    def visit_Call(self, node: ast.Call) -> None:
        if self.typing_name(node.func) == "cast":
            self.add(node, "cast", "`cast` makes mypy trust you instead of the code: type it")
        self.generic_visit(node)

    def decorated(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> None:
        for decorator in node.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            if self.typing_name(target) in ("no_type_check", "no_type_check_decorator"):
                self.add(decorator, "no-type-check", "`no_type_check` hides this from mypy")
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.decorated(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self.decorated(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.decorated(node)

    def visit_If(self, node: ast.If) -> None:
        test = node.test
        negated = isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
        inner = test.operand if isinstance(test, ast.UnaryOp) else test
        if _always_true_for_mypy(inner):
            if negated:
                self.add(node, "type-checking", "mypy never reads `if not TYPE_CHECKING:` code")
            elif node.orelse:
                self.add(
                    node.orelse[0],
                    "type-checking",
                    "mypy never reads the `else` of `if TYPE_CHECKING:`",
                )
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        if self.forbid_any and self.aliases.get(node.id) == "Any":
            self.add(node, "any", "`Any` switches type checking off here: name the real type")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if self.forbid_any and self.typing_name(node) == "Any":
            self.add(node, "any", "`Any` switches type checking off here: name the real type")
        self.generic_visit(node)


def _always_true_for_mypy(node: ast.expr) -> bool:
    """mypy takes any name or attribute called ``TYPE_CHECKING`` or ``MYPY`` as true,
    wherever it comes from (a module's own ``MYPY = False`` included)."""
    name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", None)
    return name in ("TYPE_CHECKING", "MYPY")


def scan_source(source: bytes, file: str, *, forbid_any: bool) -> list[dict[str, Any]]:
    """The suppressions in one Python file, in line order; a file that does not parse has
    none here (mypy and ruff report the syntax error)."""
    try:
        comments = _comments(source, file)
        tree = ast.parse(source, filename=file)
    except (SyntaxError, tokenize.TokenError, UnicodeDecodeError, ValueError):
        return []
    constructs = _Constructs(file, forbid_any)
    constructs.visit(tree)
    found = comments + constructs.found
    return sorted(found, key=lambda item: (item["line"], item["column"]))
