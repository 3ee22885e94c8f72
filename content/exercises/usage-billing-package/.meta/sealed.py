"""Sealed cases for usage-billing-package: generated usage lines (padding, case, comments,
every kind of bad field), readings priced with amounts that sit on half-cents, bills in
several currencies, `python -m usagebill` run through runpy on generated files and argument
lists, the public names, and the package copied under another name."""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import random
import runpy
import shutil
import sys
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "usagebill"
USAGE_ERROR = "usagebill.errors.UsageError"
LIBRARY = ("errors", "models", "parsing", "pricing", "report")

CUSTOMERS = ("acme", "Acme", "globex", "initech", "umbrella-eu", "o'neil", "zoë")
METRICS = ("cpu_hours", "gb_storage", "api_calls")
BAD_METRICS = ("gpu_hours", "CPU_HOURS", "cpu hours", "", "api_call")
QUANTITIES = ("0", "1", "12.5", "100", "0.5", "10.5", "12500", "3.333", "0.0001", "007")
BAD_QUANTITIES = ("-1", "1e3", "", "1,5", "1.", ".5", "NaN", "12 5", "+3", "\uff11\uff12")
#: Lines every seed parses: quantities Decimal or a Unicode-aware regex would accept.
EDGE_LINES = (
    "acme,cpu_hours,\uff11\uff12",
    "acme,cpu_hours,\u0663",
    "acme,cpu_hours,1.",
    "acme,api_calls,.5",
    "acme,api_calls,+3",
    "acme,gb_storage,NaN",
    "acme,gb_storage,1_000",
    "acme,gb_storage, 12 ",
    "ACME,CPU_HOURS,1",
    " , ,",
    "#,,",
    "acme,,1",
)
CURRENCIES = ("EUR", "USD", "GBP", "CHF")
BAD_CURRENCIES = ("euro", "eu", "EURO", "usd", "", "Eur", "A1B", "EU1", "\xc9UR", "E-R", "USDX",
                  "\u0395\u03a5\u03a1", "\uff25\uff35\uff32", "EUR\n", " EUR", "EUR ")  # fmt: skip
#: Arguments naming something that exists but cannot be opened as a file, or cannot exist.
UNREADABLE = (".", "data", "usage.csv/inner", "nowhere/usage.csv", "data/")


def _pad(rng: random.Random, text: str) -> str:
    return gen.pick(rng, ("", " ", "  ", "\t")) + text + gen.pick(rng, ("", " ", "\t"))


def _line(rng: random.Random, bad: float = 0.15) -> str:
    roll = rng.random()
    if roll < 0.06:
        return gen.pick(rng, ("", "   ", "# a comment", "  # customer,metric,quantity", "#"))
    fields = [gen.pick(rng, CUSTOMERS), gen.pick(rng, METRICS), gen.pick(rng, QUANTITIES)]
    if rng.random() < bad:
        # One problem or several at once: the instructions fix which one is reported.
        kinds = ("customer", "metric", "quantity", "count")
        problems = set(rng.sample(kinds, gen.pick(rng, (1, 1, 2, 2, 3, 4))))
        if "customer" in problems:
            fields[0] = gen.pick(rng, ("", "  "))
        if "metric" in problems:
            fields[1] = gen.pick(rng, BAD_METRICS)
        if "quantity" in problems:
            fields[2] = gen.pick(rng, BAD_QUANTITIES)
        if "count" in problems:
            fields = fields[: rng.randint(1, 2)] if gen.chance(rng, 0.5) else [*fields, "x"]
    return ",".join(_pad(rng, field) for field in fields)


def _module(name: str) -> Any:
    return importlib.import_module(f"usagebill.{name}")


def parse(solution, line, number):  # type: ignore[no-untyped-def]
    """``usagebill.parsing.parse_line(line, number)``."""
    return observe(_module("parsing").parse_line, line, number, errors=(USAGE_ERROR,),
                   message=True)  # fmt: skip


def priced(solution, rows, currency):  # type: ignore[no-untyped-def]
    """``price_readings`` of readings built from plain rows, in order, then the bill."""
    readings = [_module("models").Reading(customer, metric, Decimal(quantity))
                for customer, metric, quantity in rows]  # fmt: skip
    totals = observe(_module("pricing").price_readings, readings)
    if not totals.returned:
        return {"totals": totals}
    return {"totals": list(totals.value.items()),
            "bill": observe(_module("report").format_bill, totals.value, currency)}  # fmt: skip


def command(solution, text, args):  # type: ignore[no-untyped-def]
    """``python -m usagebill ARGS`` in a directory holding ``usage.csv`` (unless ``text``
    is ``None``): the exit status and both streams (for status 2, whether stderr is used)."""
    out, err = io.StringIO(), io.StringIO()
    before, argv = os.getcwd(), sys.argv
    status: Any = 0
    with tempfile.TemporaryDirectory() as directory:
        if text is not None:
            Path(directory, "usage.csv").write_text(text, encoding="utf-8")
        Path(directory, "data").mkdir()
        os.chdir(directory)
        sys.argv = ["usagebill", *args]
        sys.modules.pop("usagebill.__main__", None)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                runpy.run_module("usagebill", run_name="__main__", alter_sys=True)
        except SystemExit as stop:
            status = 0 if stop.code is None else stop.code
        except Exception as error:
            status = f"raised {type(error).__name__}"
        finally:
            os.chdir(before)
            sys.argv = argv
    stderr: Any = bool(err.getvalue()) if status == 2 else err.getvalue()
    return {"status": status, "stdout": out.getvalue(), "stderr": stderr}


def public_names(solution):  # type: ignore[no-untyped-def]
    namespace: dict[str, Any] = {}
    exec("from usagebill import *", namespace)
    return {"all": sorted(getattr(solution, "__all__", [])),
            "star": sorted(name for name in namespace if name != "__builtins__"),
            "version": getattr(solution, "__version__", None),
            "rates": getattr(solution, "RATES", None)}  # fmt: skip


def renamed(solution, lines):  # type: ignore[no-untyped-def]
    """The package copied as ``billing_copy``: which package its modules' names come from,
    and what its parse_line makes of ``lines``."""
    source = Path(solution.__file__).parent
    with tempfile.TemporaryDirectory() as directory:
        shutil.copytree(source, Path(directory, "billing_copy"),
                        ignore=shutil.ignore_patterns("__py*"))  # fmt: skip
        sys.path.insert(0, directory)
        try:
            modules = [importlib.import_module(f"billing_copy.{name}") for name in LIBRARY]
            origins = sorted({
                str(getattr(value, "__module__", "")).split(".")[0]
                for module in modules for value in vars(module).values()
                if str(getattr(value, "__module__", "")).split(".")[0] in ("usagebill",
                                                                           "billing_copy")
            })  # fmt: skip
            parsed = []
            for number, line in enumerate(lines, start=1):
                parse_line = sys.modules["billing_copy.parsing"].parse_line
                outcome = observe(parse_line, line, number, errors=("ValueError",))
                value = outcome.value
                parsed.append((outcome, type(value).__module__ if value is not None else None))
            return {"origins": origins, "parsed": parsed}
        finally:
            sys.path.remove(directory)
            for name in [name for name in sys.modules if name.startswith("billing_copy")]:
                del sys.modules[name]


def cases(rng: random.Random) -> Iterator[Case]:
    """About 215 cases per seed."""
    for number, line in enumerate(EDGE_LINES, start=1):
        yield Case.probe(parse, line, number, task=1)
    for number in range(1, 101):
        yield Case.probe(parse, _line(rng, bad=0.4), number, task=1)
    for _ in range(30):
        rows = [(gen.pick(rng, ("acme", "globex", "initech", "zoë", "b", "a")),
                 gen.pick(rng, METRICS), gen.pick(rng, QUANTITIES))
                for _ in range(gen.size(rng, large=40))]  # fmt: skip
        yield Case.probe(priced, rows, gen.pick(rng, CURRENCIES), task=1)
    yield Case.probe(renamed, [_line(rng, bad=0.3) for _ in range(6)], task=1)
    yield Case.probe(public_names, task=2)
    for _ in range(45):
        text = "\n".join(_line(rng, bad=0.03) for _ in range(rng.randint(0, 12)))
        args = ["usage.csv"]
        if gen.chance(rng, 0.35):
            args += ["--customer", gen.pick(rng, (*CUSTOMERS, "nobody", "ACME"))]
        if gen.chance(rng, 0.35):
            currencies = BAD_CURRENCIES if gen.chance(rng, 0.15) else CURRENCIES
            args += ["--currency", gen.pick(rng, currencies)]
        if gen.chance(rng, 0.08):
            args = gen.pick(rng, ([], ["--version"], ["missing.csv"], ["usage.csv", "extra"],
                                  ["--customer"], ["usage.csv", "--colour", "red"]))  # fmt: skip
        yield Case.probe(command, None if gen.chance(rng, 0.05) else text, args, task=3)
    text = "\n".join(_line(rng, bad=0) for _ in range(rng.randint(1, 6)))
    for currency in BAD_CURRENCIES:
        yield Case.probe(command, text, ["usage.csv", "--currency", currency], task=3,
                         group="command: bad currencies")  # fmt: skip
    for path in UNREADABLE:
        yield Case.probe(command, text, [path], task=3, group="command: unreadable files")
