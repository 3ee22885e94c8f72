import ast

from pyhero.checker import generate_mutants

SOURCE = '''
"""Module docstring stays."""
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    LIMIT = 3

__all__ = ["clamp", "total"]


def clamp(value: int, low: int = 0, high: int = 10) -> int:
    """Docstring stays."""
    if value < low:
        return low
    if not value <= high:
        raise ValueError("too big")
    return value


def total(items: list[int]) -> int:
    acc = 0
    for item in items:
        acc += item
        if item == 99:
            break
    seen: list[int] = []
    seen.append(acc)
    return acc * 2 if items and acc else -1
'''


def descriptions() -> list[str]:
    return [f"{m.line}:{m.description}" for m in generate_mutants(SOURCE)]


def test_every_mutant_parses_and_differs_from_the_original() -> None:
    original = ast.unparse(ast.parse(SOURCE))
    mutants = list(generate_mutants(SOURCE))
    assert len(mutants) > 15
    for mutant in mutants:
        ast.parse(mutant.source)
        assert mutant.source != original


def test_each_mutant_changes_exactly_one_site() -> None:
    original_lines = ast.unparse(ast.parse(SOURCE)).splitlines()
    for mutant in generate_mutants(SOURCE):
        changed = [
            (a, b)
            for a, b in zip(original_lines, mutant.source.splitlines(), strict=False)
            if a != b
        ]
        assert len(changed) == 1, (mutant.description, changed)


def test_operators_cover_comparisons_constants_statements_and_returns() -> None:
    found = descriptions()
    assert "13:Lt -> LtE" in found
    assert "15:`not` removed" in found
    assert "15:LtE -> Lt" in found
    assert "16:raise dropped" in found
    assert "21:0 -> 1" in found
    assert "23:Add= -> Sub=" in found
    assert "23:augmented assignment dropped" in found
    assert "24:Eq -> NotEq" in found
    assert "25:break -> continue" in found
    assert "27:call statement dropped" in found
    assert "28:returns None instead" in found
    assert "28:And -> Or" in found
    assert "28:Mult -> Div" in found
    assert "28:unary minus removed" in found


def test_docstrings_annotations_exports_and_type_checking_blocks_are_left_alone() -> None:
    for mutant in generate_mutants(SOURCE):
        assert '"""Docstring stays."""' in mutant.source or "'Docstring stays.'" in mutant.source
        assert "__all__ = ['clamp', 'total']" in mutant.source
        assert "LIMIT = 3" in mutant.source
        assert "def clamp(value: int, low: int=" in mutant.source
    assert not any(line.startswith(("6:", "8:")) for line in descriptions())


def test_indexes_are_stable_between_runs() -> None:
    first = [(m.index, m.source) for m in generate_mutants(SOURCE)]
    second = [(m.index, m.source) for m in generate_mutants(SOURCE)]
    assert first == second
