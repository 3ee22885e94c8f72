"""Hidden implementations must look like the real one to everything but their behaviour.

A job compiles a hidden implementation under the real file's path, so ``inspect`` and
tracebacks read the real file's text.  For that text to fit, each hidden implementation must
keep the real one's outline: the same module docstring, the same classes and functions at
the same lines, with the same docstrings, signatures and decorators.  Its bug lives inside
function bodies (or in module-level values).
"""

from __future__ import annotations

import ast

__all__ = ["outline_differences"]

_Definition = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef


def _outline(source: str) -> dict[str, tuple[object, ...]]:
    tree = ast.parse(source)
    found: dict[str, tuple[object, ...]] = {"<module>": (ast.get_docstring(tree, clean=False),)}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, _Definition):
                name = f"{prefix}{child.name}"
                signature = (
                    ast.dump(child.args)
                    if not isinstance(child, ast.ClassDef)
                    else ast.dump(
                        ast.Tuple(elts=[*child.bases, *(k.value for k in child.keywords)])
                    )
                )
                returns = getattr(child, "returns", None)
                found[name] = (
                    child.lineno,
                    type(child).__name__,
                    ast.get_docstring(child, clean=False),
                    signature,
                    ast.dump(returns) if returns is not None else None,
                    tuple(ast.dump(d) for d in child.decorator_list),
                )
                visit(child, f"{name}.")
            elif not isinstance(child, ast.Lambda):
                visit(child, prefix)

    visit(tree, "")
    return found


_FIELDS = ("line", "kind", "docstring", "signature", "return annotation", "decorators")


def outline_differences(real: str, hidden: str) -> list[str]:
    """What tells ``hidden`` apart from ``real`` besides behaviour, one line each; empty when
    only bodies and module-level values differ.  Raises ``SyntaxError`` for broken code."""
    ours, theirs = _outline(real), _outline(hidden)
    problems = [f"{name}: missing" for name in ours.keys() - theirs.keys()]
    problems += [f"{name}: not in the real module" for name in theirs.keys() - ours.keys()]
    for name in ours.keys() & theirs.keys():
        if name == "<module>":
            if ours[name] != theirs[name]:
                problems.append("the module docstring differs")
            continue
        problems += [
            f"{name}: its {field} differs"
            for field, a, b in zip(_FIELDS, ours[name], theirs[name], strict=True)
            if a != b
        ]
    return sorted(problems)
