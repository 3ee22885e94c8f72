"""Hidden implementations keep the real module's outline."""

from __future__ import annotations

from pathlib import Path

import pytest

from pyhero.writetests import outline_differences

FIXTURE = Path(__file__).parents[1] / "fixtures" / "writetests" / "shelf-stock"
REAL = (FIXTURE / "shelf.py").read_text(encoding="utf-8")


def test_a_change_inside_a_body_is_invisible() -> None:
    for path in (FIXTURE / ".meta" / "bugs").glob("*.py"):
        assert outline_differences(REAL, path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('"""Remove ``units``', '"""Take ``units``', "take: its docstring differs"),
        ("threshold: int = 3", "threshold: int = 4", "low: its signature differs"),
        ("    return sorted(", "\n    return sorted(", "the module docstring differs"),
        ('"""A shop shelf', '"""The shop shelf', "the module docstring differs"),
        ("def low(", "def low_stock(", "low: missing"),
        (
            "class OutOfStock(Exception):",
            "class OutOfStock(LookupError):",
            "OutOfStock: its signature differs",
        ),
    ],
)
def test_what_a_test_could_read_is_reported(old: str, new: str, expected: str) -> None:
    assert old in REAL
    hidden = REAL.replace(old, new, 1)
    if expected == "the module docstring differs" and old.startswith("    return"):
        expected = "low: its line differs"
        hidden = REAL.replace("def low(", "\ndef low(", 1)
    assert expected in outline_differences(REAL, hidden)
