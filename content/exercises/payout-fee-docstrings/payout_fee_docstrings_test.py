"""Checks of payout_fees' docstrings: numpydoc's validation, the sections, the doctests."""

import ast
import contextlib
import doctest
import inspect
import io
import traceback
import warnings
from decimal import Decimal
from typing import Any

import payout_fees
import pytest
from numpydoc.docscrape import FunctionDoc
from numpydoc.validate import validate

FUNCTIONS = ["platform_fee", "reserve_hold", "net_payout"]
#: numpydoc's checks every function must pass (see the instructions for what each means).
FUNCTION_CHECKS = {
    "GL03", "GL06", "GL07", "GL08", "SS01", "SS02", "SS03", "SS04", "SS05", "SS06",
    "PR01", "PR02", "PR03", "PR04", "PR05", "PR06", "PR07", "PR08", "PR09", "PR10",
    "RT01", "RT02", "RT03", "RT04", "RT05", "EX01",
}  # fmt: skip
MODULE_CHECKS = {"GL03", "GL08", "SS01", "SS03", "SS06"}
POSITIONAL = inspect.Parameter.POSITIONAL_OR_KEYWORD
KEYWORD_ONLY = inspect.Parameter.KEYWORD_ONLY
EMPTY = inspect.Parameter.empty
#: The parameters as given (name, kind, default): the docstrings change nothing of them.
SIGNATURES = {
    "platform_fee": [
        ("gross", POSITIONAL, EMPTY),
        ("rate", POSITIONAL, EMPTY),
        ("minimum", POSITIONAL, Decimal("0.30")),
    ],
    "reserve_hold": [
        ("gross", POSITIONAL, EMPTY),
        ("days_since_first_sale", KEYWORD_ONLY, EMPTY),
        ("hold_rate", KEYWORD_ONLY, Decimal("0.10")),
    ],
    "net_payout": [
        ("gross", POSITIONAL, EMPTY),
        ("rate", POSITIONAL, EMPTY),
        ("days_since_first_sale", KEYWORD_ONLY, EMPTY),
        ("refunds", KEYWORD_ONLY, Decimal("0.00")),
    ],
}


def findings(name: str, checks: set[str]) -> list[str]:
    """numpydoc's findings for ``payout_fees.<name>``, and any section it could not read."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = validate(f"payout_fees.{name}" if name else "payout_fees")
    found = [f"{code}: {message}" for code, message in result["errors"] if code in checks]
    found += sorted({f"unreadable section: {str(w.message).splitlines()[0]}" for w in caught})
    return found


def docs(name: str) -> FunctionDoc:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return FunctionDoc(getattr(payout_fees, name))


def documented_value(written: str) -> object:
    """The value a documented default names (``Decimal("0.30")``, ``0.30``), or the text."""
    try:
        return eval(written, {"Decimal": Decimal})  # noqa: S307 - a default written in a docstring
    except Exception:
        return written


def doctests(name: str) -> list[doctest.DocTest]:
    """The examples of one function, run as ``python -m doctest`` would: in the module's
    namespace."""
    finder = doctest.DocTestFinder(recurse=False)
    function = getattr(payout_fees, name)
    return finder.find(function, name, module=payout_fees, globs=dict(vars(payout_fees)))


@pytest.mark.task(taskno=1)
def test_module_docstring() -> None:
    assert not findings("", MODULE_CHECKS), findings("", MODULE_CHECKS)


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("name", FUNCTIONS)
def test_numpydoc_validation(name: str) -> None:
    found = findings(name, FUNCTION_CHECKS)
    assert not found, f"{name}: " + "; ".join(found)


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("name", FUNCTIONS)
def test_parameter_types_match_the_annotations(name: str) -> None:
    function = getattr(payout_fees, name)
    signature = inspect.signature(function, eval_str=True)
    documented = {param.name: param.type for param in docs(name)["Parameters"]}
    assert list(documented) == list(signature.parameters), (
        f"{name}: document the parameters {list(signature.parameters)} in that order, "
        f"found {list(documented)}"
    )
    for pname, parameter in signature.parameters.items():
        annotation = getattr(parameter.annotation, "__name__", str(parameter.annotation))
        kind = documented[pname].split(",")[0].strip()
        assert kind == annotation, f"{name}: {pname} is a {annotation}, documented as {kind!r}"
        qualifiers = [part.strip() for part in documented[pname].split(",")[1:]]
        if parameter.default is inspect.Parameter.empty:
            assert not qualifiers, (
                f"{name}: {pname} is required: its type says no {', '.join(qualifiers)!r}"
            )
            continue
        assert any(q == "optional" or q.startswith("default ") for q in qualifiers), (
            f"{name}: {pname} has a default: say so after its type ('default ...')"
        )
        for qualifier in qualifiers:
            if qualifier.startswith("default "):
                written = qualifier.removeprefix("default ").strip()
                assert documented_value(written) == parameter.default, (
                    f"{name}: {pname}'s default is {parameter.default!r}, documented as {written!r}"
                )
    returns = [item.type for item in docs(name)["Returns"]]
    assert returns[:1] == ["Decimal"], f"{name}: Returns names the type Decimal, found {returns}"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("name", FUNCTIONS)
def test_raises_section_names_value_error(name: str) -> None:
    raised = {item.type: " ".join(item.desc).strip() for item in docs(name)["Raises"]}
    assert "ValueError" in raised, f"{name}: a Raises section lists ValueError, found {raised}"
    assert raised["ValueError"], f"{name}: say when ValueError is raised"


def run_example(example: doctest.Example, namespace: dict[str, Any]) -> str | None:
    """Run one example as doctest does; return why it fails, or ``None``.

    doctest's own runner installs a trace function, which the grader's sandbox forbids:
    this runs the source the same way (an expression's repr is its output) and compares
    with doctest's own checker.
    """
    checker = doctest.OutputChecker()
    flags = doctest.ELLIPSIS | sum(flag for flag, on in example.options.items() if on)
    body = ast.parse(example.source)
    last = body.body.pop() if body.body and isinstance(body.body[-1], ast.Expr) else None
    output = io.StringIO()
    try:
        with contextlib.redirect_stdout(output):
            exec(compile(body, "<example>", "exec"), namespace)  # noqa: S102 - the examples
            if last is not None:
                expression = compile(ast.Expression(last.value), "<example>", "eval")
                value = eval(expression, namespace)  # noqa: S307 - the example's own expression
                if value is not None:
                    print(repr(value))
    except Exception as error:
        if example.exc_msg is None:
            return f"{example.source.strip()}\n  raised {error!r}"
        got = traceback.format_exception_only(type(error), error)[-1]
        if not checker.check_output(example.exc_msg, got, flags):
            return f"{example.source.strip()}\n  expected {example.exc_msg!r}, raised {got!r}"
        return None
    if example.exc_msg is not None:
        return f"{example.source.strip()}\n  expected {example.exc_msg.strip()}, raised nothing"
    if not checker.check_output(example.want, output.getvalue(), flags):
        return (
            f"{example.source.strip()}\n  expected {example.want.strip()!r}, "
            f"got {output.getvalue().strip()!r}"
        )
    return None


def run_all(tests: list[doctest.DocTest]) -> list[str]:
    """Why each failing example of ``tests`` fails, each test in a namespace of its own."""
    return [
        f"{test.name}: {failure}"
        for test in tests
        for namespace in [dict(test.globs)]
        for example in test.examples
        if (failure := run_example(example, namespace)) is not None
    ]


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("name", FUNCTIONS)
def test_examples_run_as_doctests(name: str) -> None:
    tests = doctests(name)
    assert any(test.examples for test in tests), f"{name}: its Examples section has no >>> example"
    failures = run_all(tests)
    assert not failures, f"{name}: examples that fail:\n" + "\n".join(failures)


@pytest.mark.task(taskno=3)
def test_every_docstring_of_the_module_runs() -> None:
    """The module's own docstring and private helpers' examples run too, as ``python -m
    doctest payout_fees.py`` runs them."""
    finder = doctest.DocTestFinder()
    tests = finder.find(payout_fees, "payout_fees", globs=dict(vars(payout_fees)))
    failures = run_all(tests)
    assert not failures, "examples that fail:\n" + "\n".join(failures)


@pytest.mark.task(taskno=3)
def test_platform_fee_example_shows_the_error() -> None:
    tests = doctests("platform_fee")
    raising = [e for test in tests for e in test.examples if e.exc_msg is not None]
    assert raising, "platform_fee's Examples show a call that raises ValueError (a Traceback)"
    assert all(e.exc_msg.startswith("ValueError") for e in raising if e.exc_msg), (
        "the example's exception is the ValueError platform_fee raises"
    )


@pytest.mark.task(taskno=4)
@pytest.mark.parametrize("name", FUNCTIONS)
def test_signature_is_unchanged(name: str) -> None:
    parameters = inspect.signature(getattr(payout_fees, name)).parameters.values()
    found = [(p.name, p.kind, p.default) for p in parameters]
    assert found == SIGNATURES[name], (
        f"{name}: the parameters' names, order, kinds (keyword-only after '*') and defaults "
        f"stay as given: {SIGNATURES[name]}, found {found}"
    )


@pytest.mark.task(taskno=4)
def test_behaviour_is_unchanged() -> None:
    rate = Decimal("0.029")
    assert payout_fees.platform_fee(Decimal("120.00"), rate) == Decimal("3.48")
    assert payout_fees.platform_fee(Decimal("5.00"), rate) == Decimal("0.30")
    assert payout_fees.platform_fee(Decimal("0"), rate) == Decimal("0.00")
    assert payout_fees.reserve_hold(Decimal("250"), days_since_first_sale=89) == Decimal("25.00")
    assert payout_fees.reserve_hold(Decimal("250"), days_since_first_sale=90) == Decimal("0.00")
    payout = payout_fees.net_payout(
        Decimal("120.00"), rate, days_since_first_sale=30, refunds=Decimal("20")
    )
    assert payout == Decimal("84.52")
    with pytest.raises(ValueError, match="rate"):
        payout_fees.platform_fee(Decimal("1"), Decimal("1"))
