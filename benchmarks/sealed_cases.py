"""What a sealed set costs inside the test process, on the exercises that have one.

For each exercise: the cases of one seed are generated and run against the reference with
``run_case`` (decode the inputs, call, classify, encode the observation). Baseline: the same
cases with the inputs decoded once beforehand and the reference (or the probe, with its own
``observe`` calls) called directly, i.e. the floor of running those calls at all. Also
printed: the number of cases, the size of the encoded inputs and observations, and
``import pyhero.sealed`` in a fresh interpreter.

    uv run python benchmarks/sealed_cases.py [--seed N] [--repeat N]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from pyhero.exercise import load_exercise_spec
from pyhero.sealed import decode_input, generate_cases, load_sealed, run_case
from pyhero.sealed._observe import current_solution

ROOT = Path(__file__).resolve().parents[1]


def _reference(directory: Path, name: str) -> ModuleType:
    spec = load_exercise_spec(directory)
    spec_ = importlib.util.spec_from_file_location(name, directory / spec.reference_files[0])
    assert spec_ is not None
    assert spec_.loader is not None
    module = importlib.util.module_from_spec(spec_)
    sys.modules[name] = module
    spec_.loader.exec_module(module)
    return module


def _raw(sealed: ModuleType, solution: ModuleType, prepared: list[tuple[Any, ...]]) -> None:
    """The calls alone: no decoding, no classification, no encoding."""
    token = current_solution.set(solution)
    try:
        for kind, target, args, kwargs in prepared:
            function = getattr(sealed, target) if kind == "probe" else getattr(solution, target)
            call_args = (solution, *args) if kind == "probe" else args
            with contextlib.suppress(Exception):
                function(*call_args, **kwargs)
    finally:
        current_solution.reset(token)


def _median_ms(action: Any, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _import_ms(repeat: int) -> float:
    """The median cost of ``import pyhero.sealed`` after the interpreter started."""
    code = (
        "import time; t = time.perf_counter(); import pyhero.sealed; print(time.perf_counter() - t)"
    )
    samples = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True).stdout) * 1000
        for _ in range(repeat)
    ]  # fmt: skip
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"import pyhero.sealed in a fresh interpreter: {_import_ms(args.repeat):.1f} ms")
    print(f"{'exercise':<30} {'cases':>6} {'inputs':>8} {'observed':>9} "
          f"{'generate':>9} {'run_case':>9} {'raw calls':>9} {'ratio':>6}")  # fmt: skip
    for directory in sorted((ROOT / "content" / "exercises").iterdir()):
        if (directory / ".meta" / "sealed.py").is_file():
            print(_measure(directory, args.seed, args.repeat))


def _measure(directory: Path, seed: int, repeat: int) -> str:
    sealed = load_sealed(directory / ".meta" / "sealed.py", f"_bench_{directory.name}")
    solution = _reference(directory, getattr(sealed, "SOLUTION", directory.name))
    generate_ms = _median_ms(lambda: generate_cases(sealed, seed), repeat)
    cases = generate_cases(sealed, seed)
    observations: list[Any] = []

    def observe_all() -> None:
        observations[:] = [run_case(sealed, solution, case) for case in cases]

    run_ms = _median_ms(observe_all, repeat)
    prepared = [
        (c["kind"], c["target"], [decode_input(a) for a in c["args"]],
         {k: decode_input(v) for k, v in c["kwargs"].items()})
        for c in cases
    ]  # fmt: skip
    raw_ms = _median_ms(lambda: _raw(sealed, solution, prepared), repeat)
    inputs_kb = len(json.dumps(cases)) / 1024
    observed_kb = len(json.dumps(observations)) / 1024
    return (
        f"{directory.name:<30} {len(cases):>6} {inputs_kb:>6.1f}KB {observed_kb:>7.1f}KB "
        f"{generate_ms:>7.1f}ms {run_ms:>7.1f}ms {raw_ms:>7.1f}ms {run_ms / raw_ms:>5.2f}x"
    )


if __name__ == "__main__":
    main()
