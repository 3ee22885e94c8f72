"""``docs/settings.md`` documents every field of ``Settings``: name, variable, type, default."""

from __future__ import annotations

import re
import types
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic.fields import FieldInfo

from pyhero.config import Settings

DOC = Path(__file__).resolve().parents[1] / "docs" / "settings.md"
ROW = re.compile(r"^\|\s*`(?P<name>[a-z_]+)`\s*\|(?P<rest>.*)\|\s*$")


def documented_rows() -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            assert match["name"] not in rows, f"{match['name']} documented twice"
            rows[match["name"]] = [cell.strip() for cell in match["rest"].split("|")]
    return rows


def type_text(annotation: Any, field: FieldInfo) -> str:
    """How the table writes a field's type, derived from the annotation and its bounds."""
    if typing.get_origin(annotation) is typing.Literal:
        return "one of: " + ", ".join(str(a) for a in typing.get_args(annotation))
    if isinstance(annotation, types.UnionType):
        (inner,) = [a for a in typing.get_args(annotation) if a is not type(None)]
        return f"{type_text(inner, field)}, optional"
    base = {Path: "path", str: "text", int: "integer", float: "number", bool: "true or false"}
    text = base[annotation]
    ge = next((m.ge for m in field.metadata if hasattr(m, "ge")), None)
    le = next((m.le for m in field.metadata if hasattr(m, "le")), None)
    if ge is not None and le is not None:
        return f"{text} {ge}-{le}"
    if ge is not None:
        return f"{text} ≥ {ge}"
    return text


def default_text(field: FieldInfo) -> str | None:
    """The exact Default cell for a plain default; None when it is computed by a factory."""
    if field.default_factory is not None:
        return None
    if field.default is None:
        return "unset"
    return f"`{field.default}`"


ROWS = documented_rows()


def test_every_setting_is_documented_once_in_order() -> None:
    assert list(ROWS) == list(Settings.model_fields)


@pytest.mark.parametrize("name", list(Settings.model_fields))
def test_row_matches_the_field(name: str) -> None:
    field = Settings.model_fields[name]
    variable, type_cell, default_cell, description = ROWS[name]
    assert variable == f"`PYHERO_{name.upper()}`"
    assert type_cell == type_text(field.annotation, field)
    expected_default = default_text(field)
    if expected_default is None:
        assert default_cell.startswith("computed: ")
    else:
        assert default_cell == expected_default
    assert len(description) > 20


def test_documented_variable_really_sets_the_field(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYHERO_LEARNER", "ada")
    monkeypatch.setenv("PYHERO_PORT", "8123")
    settings = Settings()
    assert (settings.learner, settings.port) == ("ada", 8123)
