"""The suppression scan: comments found by tokenize, constructs by ast, strings left alone."""

from __future__ import annotations

import textwrap

import pytest

from pyhero.grading._quality_scan import scan_source


def rules(source: str, *, forbid_any: bool = False) -> list[tuple[int, str]]:
    code = textwrap.dedent(source).lstrip().encode()
    return [(f["line"], f["rule"]) for f in scan_source(code, "m.py", forbid_any=forbid_any)]


@pytest.mark.parametrize(
    ("comment", "rule"),
    [
        ("# noqa", "noqa"),
        ("#noqa:E501", "noqa"),
        ("# NOQA", "noqa"),
        ("# ruff: noqa: F401", "noqa"),
        ("# type: ignore", "type-ignore"),
        ("# type:ignore[arg-type]", "type-ignore"),
        ("# mypy: disable-error-code=no-untyped-def", "tool-directive"),
        ("# pyright: basic", "tool-directive"),
        ("# fmt: off", "tool-directive"),
        ("# fmt: skip", "tool-directive"),
        ("# isort: skip_file", "tool-directive"),
        ("# pylint: disable=all", "tool-directive"),
        ("# pyre-ignore-all-errors", "tool-directive"),
    ],
)
def test_every_suppression_comment_is_found(comment: str, rule: str) -> None:
    assert rule in {found for _, found in rules(f"x = 1  {comment}\n")}


def test_text_that_only_looks_like_a_comment_is_not_a_suppression() -> None:
    source = '''
        """Module docstring mentioning # noqa and # type: ignore."""
        A = "# noqa"
        B = f"{A} # type: ignore"
        C = """
        # mypy: ignore-errors
        """
        # An ordinary comment about types and ignoring nothing.
    '''
    assert rules(source) == []


def test_constructs_that_silence_mypy_are_found_through_aliases() -> None:
    source = """
        import typing as t
        from typing import TYPE_CHECKING, no_type_check
        from typing import cast as trust_me

        x = trust_me(int, "1")
        y = t.cast(int, "2")

        @no_type_check
        def loose(a):
            return a

        if TYPE_CHECKING:
            pass
        else:
            import json

        if not t.TYPE_CHECKING:
            import os
    """
    assert rules(source) == [
        (5, "cast"),
        (6, "cast"),
        (8, "no-type-check"),
        (15, "type-checking"),
        (17, "type-checking"),
    ]


def test_a_type_checking_block_without_else_is_fine() -> None:
    source = """
        from typing import TYPE_CHECKING

        if TYPE_CHECKING:
            from collections.abc import Iterator
    """
    assert rules(source) == []


def test_any_is_refused_only_when_the_exercise_forbids_it() -> None:
    source = """
        import typing
        from typing import Any

        def f(x: Any) -> typing.Any:
            return x
    """
    assert rules(source) == []
    assert rules(source, forbid_any=True) == [(4, "any"), (4, "any")]


def test_a_cast_defined_by_the_learner_is_not_typing_cast() -> None:
    source = """
        def cast(value: str) -> int:
            return int(value)

        n = cast("3")
    """
    assert rules(source) == []


def test_source_that_does_not_parse_is_left_to_the_tools() -> None:
    assert rules("def broken(:\n  # noqa\n") == []


def test_a_coding_declaration_is_honoured() -> None:
    source = "# -*- coding: latin-1 -*-\nname = 'caf\xe9'  # noqa\n".encode("latin-1")
    assert [f["rule"] for f in scan_source(source, "m.py", forbid_any=False)] == ["noqa"]


@pytest.mark.parametrize(
    "condition", ["MYPY", "TYPE_CHECKING", "settings.TYPE_CHECKING", "typing.TYPE_CHECKING"]
)
def test_code_mypy_skips_by_the_constants_name_alone_is_found(condition: str) -> None:
    """mypy takes any ``MYPY`` or ``TYPE_CHECKING`` as true, a module's own constant too."""
    source = f"""
    import typing
    MYPY = TYPE_CHECKING = False
    if not {condition}:
        total: int = "unchecked"
    """
    assert rules(source) == [(3, "type-checking")]
