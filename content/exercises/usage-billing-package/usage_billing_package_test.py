import ast
import dataclasses
import importlib
import runpy
import shutil
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import usagebill
from usagebill.errors import UsageError
from usagebill.models import RATES, Reading
from usagebill.parsing import parse_line
from usagebill.pricing import price_readings
from usagebill.report import format_bill

PACKAGE = Path(usagebill.__file__).parent
PUBLIC = ["RATES", "Reading", "UsageError", "format_bill", "parse_line", "price_readings"]
#: The package modules each module may import: a layer only uses the layers below it.
ALLOWED = {
    "errors": set(),
    "models": set(),
    "parsing": {"errors", "models"},
    "pricing": {"errors", "models"},
    "report": {"errors", "models", "parsing", "pricing"},
}
USAGE = """\
# customer,metric,quantity
acme, cpu_hours, 100
Acme,api_calls,12500

globex,gb_storage,10.5
acme,gb_storage,0.5
"""


def run_module(*args: str, monkeypatch: pytest.MonkeyPatch,
               capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:  # fmt: skip
    """``python -m usagebill ARGS``: the exit status, standard output, standard error."""
    monkeypatch.setattr(sys, "argv", ["usagebill", *args])
    monkeypatch.delitem(sys.modules, "usagebill.__main__", raising=False)
    try:
        runpy.run_module("usagebill", run_name="__main__", alter_sys=True)
        status = 0
    except SystemExit as stop:
        status = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def usage_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)
    Path("usage.csv").write_text(USAGE, encoding="utf-8")
    return "usage.csv"


@pytest.mark.task(taskno=1)
def test_parse_line_reads_one_reading() -> None:
    reading = parse_line("acme,cpu_hours,12.5", 1)
    assert reading == Reading("acme", "cpu_hours", Decimal("12.5"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        reading.quantity = Decimal(0)  # type: ignore[misc, union-attr]
    assert parse_line("  ACME , api_calls , 300 \n", 7) == Reading("acme", "api_calls",
                                                                   Decimal("300"))  # fmt: skip


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("text", ["", "   \n", "# customer,metric,quantity", "  # note"])
def test_blank_lines_and_comments_are_skipped(text: str) -> None:
    assert parse_line(text, 1) is None


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("acme,cpu_hours", "line 4: expected 3 fields, got 2"),
        ("acme,cpu_hours,1,2", "line 4: expected 3 fields, got 4"),
        (" ,cpu_hours,1", "line 4: missing customer"),
        ("acme,gpu_hours,1", "line 4: unknown metric 'gpu_hours'"),
        ("acme,CPU_HOURS,1", "line 4: unknown metric 'CPU_HOURS'"),
        ("acme,cpu_hours,-1", "line 4: bad quantity '-1'"),
        ("acme,cpu_hours,1e3", "line 4: bad quantity '1e3'"),
        ("acme,cpu_hours,", "line 4: bad quantity ''"),
    ],
)
def test_bad_lines_raise_usage_error(text: str, message: str) -> None:
    with pytest.raises(UsageError) as raised:
        parse_line(text, 4)
    assert str(raised.value) == message
    assert raised.value.line_no == 4
    assert isinstance(raised.value, ValueError)


@pytest.mark.task(taskno=1)
def test_each_customer_is_priced_exactly_then_rounded_once() -> None:
    readings = [Reading("globex", "api_calls", Decimal("1")) for _ in range(3)]
    readings += [Reading("acme", "cpu_hours", Decimal("100")),
                 Reading("acme", "gb_storage", Decimal("0.5"))]  # fmt: skip
    totals = price_readings(readings)
    assert totals == {"acme": Decimal("4.51"), "globex": Decimal("0.00")}
    assert list(totals) == ["acme", "globex"], "customers in name order"
    assert price_readings([Reading("a", "gb_storage", Decimal("1.5"))]) == {"a": Decimal("0.03")}
    assert price_readings([]) == {}


@pytest.mark.task(taskno=1)
def test_format_bill() -> None:
    totals = {"globex": Decimal("0.24"), "acme": Decimal("9.5")}
    assert format_bill(totals) == "acme: 9.50 EUR\nglobex: 0.24 EUR\nTOTAL: 9.74 EUR"
    assert format_bill({}, "USD") == "TOTAL: 0.00 USD"


def _package_imports(module: str) -> set[str]:
    """The package modules ``module`` imports; "usagebill" for the package itself."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {"usagebill" for alias in node.names if alias.name.split(".")[0] == "usagebill"}
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            if (node.module or "").split(".")[0] == "usagebill":
                found.add("absolute import of usagebill")
        elif isinstance(node, ast.ImportFrom):
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found |= {a.name if (PACKAGE / f"{a.name}.py").exists() else "usagebill"
                          for a in node.names}  # fmt: skip
    return found


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("module", sorted(ALLOWED))
def test_each_layer_imports_only_the_layers_below(module: str) -> None:
    imported = _package_imports(module)
    assert imported <= ALLOWED[module], (
        f"{module}.py imports {sorted(imported - ALLOWED[module])} (allowed: relative imports "
        f"of {sorted(ALLOWED[module]) or 'nothing'})"
    )


@pytest.mark.task(taskno=1)
def test_the_package_works_under_another_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(PACKAGE, tmp_path / "billing_copy", ignore=shutil.ignore_patterns("__py*"))
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        modules = {name: importlib.import_module(f"billing_copy.{name}") for name in ALLOWED}
        leaks = {
            f"billing_copy.{name}.{attribute}": value.__module__
            for name, module in modules.items()
            for attribute, value in vars(module).items()
            if str(getattr(value, "__module__", "")).startswith("usagebill")
        }
        assert leaks == {}, "absolute imports reach back into the original package"
        reading = modules["parsing"].parse_line("a,cpu_hours,1", 1)
        assert reading == modules["models"].Reading("a", "cpu_hours", Decimal(1))
    finally:
        for name in [name for name in sys.modules if name.startswith("billing_copy")]:
            del sys.modules[name]


@pytest.mark.task(taskno=2)
def test_the_package_exports_its_public_api() -> None:
    assert sorted(usagebill.__all__) == PUBLIC
    assert usagebill.__version__ == "2.1.0"
    exported = [usagebill.RATES, usagebill.Reading, usagebill.UsageError, usagebill.format_bill,
                usagebill.parse_line, usagebill.price_readings]  # fmt: skip
    assert exported == [RATES, Reading, UsageError, format_bill, parse_line, price_readings]
    assert RATES == {"cpu_hours": Decimal("0.045"), "gb_storage": Decimal("0.023"),
                     "api_calls": Decimal("0.0004")}  # fmt: skip


@pytest.mark.task(taskno=2)
def test_a_star_import_gives_exactly_the_public_names() -> None:
    namespace: dict[str, object] = {}
    exec("from usagebill import *", namespace)
    assert sorted(name for name in namespace if name != "__builtins__") == PUBLIC


@pytest.mark.task(taskno=2)
def test_importing_the_package_does_not_load_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in [name for name in sys.modules if name.split(".")[0] == "usagebill"]:
        monkeypatch.delitem(sys.modules, name)
    importlib.import_module("usagebill")
    assert "usagebill.__main__" not in sys.modules
    assert "argparse" not in vars(sys.modules["usagebill"])


@pytest.mark.task(taskno=3)
def test_importing_main_runs_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["usagebill", "no-such-file.csv"])
    monkeypatch.delitem(sys.modules, "usagebill.__main__", raising=False)
    module = importlib.import_module("usagebill.__main__")
    assert callable(module.main)
    assert capsys.readouterr() == ("", ""), "the if __name__ == '__main__' guard"
    monkeypatch.delitem(sys.modules, "usagebill.__main__")


@pytest.mark.task(taskno=3)
def test_main_returns_the_exit_status(usage_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    main = importlib.import_module("usagebill.__main__").main
    assert main([usage_file, "--customer", "globex"]) == 0
    assert main(["missing.csv"]) == 1
    assert capsys.readouterr() == ("globex: 0.24 EUR\nTOTAL: 0.24 EUR\n",
                                   "usagebill: cannot read missing.csv\n")  # fmt: skip


@pytest.mark.task(taskno=3)
def test_python_m_prints_the_bill(
    usage_file: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status = run_module(usage_file, monkeypatch=monkeypatch, capsys=capsys)
    assert status == (0, "acme: 9.51 EUR\nglobex: 0.24 EUR\nTOTAL: 9.75 EUR\n", "")


@pytest.mark.task(taskno=3)
def test_customer_and_currency_options(
    usage_file: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status = run_module(usage_file, "--customer", "ACME", "--currency", "USD",
                        monkeypatch=monkeypatch, capsys=capsys)  # fmt: skip
    assert status == (0, "acme: 9.51 USD\nTOTAL: 9.51 USD\n", "")
    status = run_module(usage_file, "--customer", "initech", monkeypatch=monkeypatch,
                        capsys=capsys)  # fmt: skip
    assert status == (0, "TOTAL: 0.00 EUR\n", "")


@pytest.mark.task(taskno=3)
def test_errors_go_to_stderr_with_status_1(
    usage_file: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status = run_module("missing.csv", monkeypatch=monkeypatch, capsys=capsys)
    assert status == (1, "", "usagebill: cannot read missing.csv\n")
    Path(usage_file).write_text(USAGE + "initech,gpu_hours,3\n", encoding="utf-8")
    status = run_module(usage_file, monkeypatch=monkeypatch, capsys=capsys)
    assert status == (1, "", "usagebill: line 7: unknown metric 'gpu_hours'\n")


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("args", [[], ["usage.csv", "--currency", "euro"], ["usage.csv", "-x"]])
def test_usage_errors_exit_2(
    args: list[str],
    usage_file: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run_module(*args, monkeypatch=monkeypatch, capsys=capsys)
    assert (status, out) == (2, "")
    assert err.startswith("usage: usagebill"), "argparse names the program usagebill"


@pytest.mark.task(taskno=3)
def test_version(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    status = run_module("--version", monkeypatch=monkeypatch, capsys=capsys)
    assert status == (0, "usagebill 2.1.0\n", "")
