"""What the grader calls: load a sealed set, generate its cases, run one case."""

from __future__ import annotations

import importlib.util
import os
import random
import sys
import types
from collections.abc import Callable, Iterable
from typing import Any

from pyhero.sealed._case import Case
from pyhero.sealed._codec import decode_input, encode_input_at
from pyhero.sealed._errors import SealedContentError
from pyhero.sealed._observe import current_solution, observe_call
from pyhero.sealed._values import Json
from pyhero.sealed._window import case_window, sealing

__all__ = ["MAX_CASES", "generate_cases", "load_sealed", "run_case", "solution_module_name"]

MAX_CASES = 5000


def load_sealed(
    path: str | os.PathLike[str], module_name: str = "_pyhero_sealed"
) -> types.ModuleType:
    """Import ``sealed.py`` from ``path`` as ``module_name`` (registered in ``sys.modules``,
    so that dataclasses and pickling inside it work). Its errors propagate."""
    spec = importlib.util.spec_from_file_location(module_name, os.fspath(path))
    if spec is None or spec.loader is None:
        raise SealedContentError(f"{os.fspath(path)}: cannot be imported as a module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(module_name, None)
        raise
    return module


def solution_module_name(sealed: types.ModuleType, default: str) -> str:
    """The ``SOLUTION`` constant of the sealed module, or ``default``."""
    name = getattr(sealed, "SOLUTION", default)
    if not isinstance(name, str) or not all(part.isidentifier() for part in name.split(".")):
        raise SealedContentError(f"sealed.py: SOLUTION must be a module name, got {name!r}")
    return name


def generate_cases(sealed: types.ModuleType, seed: int) -> list[dict[str, Any]]:
    """``sealed.cases(random.Random(seed))``, each case encoded (JSON-able).

    Raises :class:`SealedContentError` naming the case for anything that cannot be sealed:
    an argument of an unsupported type, a probe that is not a module-level function of the
    sealed module, more than ``MAX_CASES`` cases, none at all.
    """
    produce = getattr(sealed, "cases", None)
    if not callable(produce):
        raise SealedContentError("sealed.py: defines no cases(rng) function")
    try:
        produced: Iterable[object] = produce(random.Random(seed))
        encoded = [_encode_case(index, case, sealed) for index, case in enumerate(produced)]
    except SealedContentError:
        raise
    except Exception as exc:
        raise SealedContentError(f"sealed.py: cases() raised {type(exc).__name__}: {exc}") from exc
    if not encoded:
        raise SealedContentError("sealed.py: cases() produced no case")
    return encoded


def _encode_case(index: int, case: object, sealed: types.ModuleType) -> dict[str, Any]:
    if index >= MAX_CASES:
        raise SealedContentError(f"sealed.py: cases() produced more than {MAX_CASES} cases")
    if not isinstance(case, Case):
        raise SealedContentError(
            f"sealed.py: case {index}: cases() must yield Case objects, not {type(case).__name__}"
        )
    where = f"sealed.py: case {index} ({case.name})"
    if case.kind == "probe" and getattr(sealed, case.name, None) is not case.target:
        raise SealedContentError(f"{where}: the probe must be a module-level function of sealed.py")
    args = [encode_input_at(arg, f"{where}: argument {n + 1}") for n, arg in enumerate(case.args)]
    kwargs: dict[str, Json] = {
        name: encode_input_at(value, f"{where}: argument {name}")
        for name, value in case.kwargs.items()
    }
    return {
        "kind": case.kind,
        "target": case.name,
        "args": args,
        "kwargs": kwargs,
        "task": case.task,
        "group": case.group,
        "errors": None if case.errors is None else list(case.errors),
        "message": case.message,
        "stress": case.stress,
    }


def _call_by_name(solution: types.ModuleType, name: str) -> Callable[..., object]:
    """Looks ``name`` up at call time, so that a missing function is an observation."""

    def call(*args: object, **kwargs: object) -> object:
        return getattr(solution, name)(*args, **kwargs)

    return call


def run_case(
    sealed: types.ModuleType, solution: types.ModuleType, case: dict[str, Any]
) -> dict[str, Any]:
    """Run one encoded case against ``solution`` and return its encoded observation.

    Whatever the learner's code does is observed, never raised: exceptions, ``SystemExit``
    and ``KeyboardInterrupt`` included. The case runs in a window (:func:`case_window`):
    recorders made in it pause the cyclic collector until the observation is encoded and
    are sealed when the probe returns. Only :class:`pyhero.sealed.Interrupted` (the
    grader's own stop) propagates, and :class:`SealedContentError` for a case that names a
    probe ``sealed`` does not define.
    """
    args = [decode_input(arg) for arg in case["args"]]
    kwargs = {name: decode_input(value) for name, value in case["kwargs"].items()}
    errors, message = case.get("errors"), case.get("message", False)
    target = str(case["target"])
    function = _call_by_name(solution, target)
    if case["kind"] == "probe":
        probe = getattr(sealed, target, None)
        if not callable(probe):
            raise SealedContentError(f"sealed.py: no probe named {target!r}")
        function = sealing(probe)
        args.insert(0, solution)
    token = current_solution.set(solution)
    try:
        with case_window():
            outcome = observe_call(function, args, kwargs, errors=errors, message=message)
    finally:
        current_solution.reset(token)
    data = outcome.data
    assert isinstance(data, dict)
    return data
