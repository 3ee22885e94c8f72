"""Reading mypy's and ruff's reports, and the configuration a job gives mypy."""

from __future__ import annotations

from pyhero.grading._quality_tools import (
    module_names,
    mypy_base_config,
    mypy_config,
    parse_mypy,
    parse_ruff_diff,
)


def test_mypy_errors_keep_their_notes_and_only_the_solution_counts() -> None:
    output = (
        "helper.py:3:1: error: Function is missing a type annotation  [no-untyped-def]\n"
        'shop.py:7:12: error: Incompatible return value type (got "str", expected "int")'
        "  [return-value]\n"
        'shop.py:7:12: note: Did you mean "int(...)"?\n'
        "shop.py:9: error: Missing return statement  [return]\n"
    )
    found = parse_mypy(output, ["shop.py"])
    assert [(f["line"], f["column"], f["rule"]) for f in found] == [
        (7, 12, "return-value"),
        (9, 0, "return"),
    ]
    assert found[0]["message"].endswith('\n  note: Did you mean "int(...)"?')


def test_the_exercise_flags_apply_to_the_solution_modules_only() -> None:
    config = mypy_config(
        "/cache", module_names(["pkg/__init__.py", "pkg/io.py", "top.py"]), ["warn_unreachable"]
    )
    assert config.startswith(mypy_base_config("/cache"))
    assert "[mypy-pkg,pkg.*,pkg.io,pkg.io.*,top,top.*]\n" in config
    assert config.endswith("implicit_reexport = False\nwarn_unreachable = True\n")


def test_type_tests_get_the_flags_but_read_pytest_as_any() -> None:
    config = mypy_config(
        "/cache", ["shop"], ["disallow_untyped_decorators", "strict_equality"], ["shop_test"]
    )
    section = config.split("[mypy-shop_test]\n")[1]
    assert section.startswith("strict_equality = True\n\n[mypy-pytest,pytest.*,_pytest.*")
    assert section.endswith("follow_imports = skip\n")


def test_each_formatter_change_is_a_finding_at_its_line() -> None:
    diff = (
        "--- shop.py\n"
        "+++ shop.py\n"
        "@@ -1,6 +1,8 @@\n"
        " import os\n"
        "+\n"
        "+\n"
        " def total(a,b):\n"
        "-    return a+b\n"
        "+    return a + b\n"
        " \n"
        "-\n"
        "-\n"
        "-\n"
        " X = 1\n"
    )
    found = parse_ruff_diff(diff)
    assert [(f["file"], f["line"]) for f in found] == [
        ("shop.py", 2),
        ("shop.py", 3),
        ("shop.py", 5),
    ]
    assert found[0]["message"] == "2 blank lines expected before `def total(a,b):`"
    assert found[1]["message"].endswith("-    return a+b\n+    return a + b")
    assert found[2]["message"] == "3 blank lines too many before `X = 1`"
