"""The child process of ``python -m pyhero.sealed.dev``: one candidate, one seed.

``python -I -m pyhero.sealed._dev_worker JOB.json``, run in a directory holding the
candidate as the solution module. The job names the sealed file, the cases file (written
first when the job has a seed: the reference run) and the observations file, which gets
one JSON line per case as soon as it is observed, so that a run that dies keeps what it
saw. A first line ``{"error": ...}`` reports what stopped the run before any case. The
job's ``collector`` sets the cyclic garbage collector for the cases (:data:`COLLECTORS`).
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

from pyhero.sealed._runner import generate_cases, load_sealed, run_case, solution_module_name

__all__ = ["COLLECTORS", "main"]

CONTENT_ERROR = 3
COLLECTORS = ("off", "eager")
"""How a run may set the cyclic collector: ``off``, or ``eager``: while it is enabled, a
full collection at every return from a Python function and a young one at nearly every
allocation (what exists before each case is frozen out of its way, so that each collection
costs what the case made)."""


def _collect_on_return(frame: object, event: str, arg: object) -> None:
    if event == "return" and gc.isenabled():
        gc.collect()


def _set_collector(mode: str | None) -> None:
    if mode == "off":
        gc.disable()
    elif mode == "eager":
        gc.set_threshold(1, 1, 1)
        _freeze_survivors(mode)


def _freeze_survivors(mode: str | None) -> None:
    if mode == "eager":
        sys.setprofile(None)
        gc.collect()
        gc.freeze()
        sys.setprofile(_collect_on_return)


def _error(out: Any, kind: str, exc: BaseException) -> None:
    lines = traceback.format_exception_only(type(exc), exc)
    out.write(json.dumps({"error": kind, "detail": "".join(lines).strip()}) + "\n")
    out.flush()


def main(argv: list[str]) -> int:
    job: dict[str, Any] = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    run_dir = str(job["run_dir"])
    os.chdir(run_dir)
    sys.path.insert(0, run_dir)
    with open(job["observations"], "w", encoding="utf-8") as out:
        try:
            sealed = load_sealed(job["sealed"])
            name = solution_module_name(sealed, job["default_solution"])
            if job.get("seed") is not None:
                cases = generate_cases(sealed, int(job["seed"]))
                Path(job["cases"]).write_text(json.dumps(cases), encoding="utf-8")
            else:
                cases = json.loads(Path(job["cases"]).read_text(encoding="utf-8"))
        except Exception as exc:  # SealedContentError mostly; anything in sealed.py
            _error(out, "content", exc)
            return CONTENT_ERROR
        try:
            solution = importlib.import_module(name)
        except BaseException as exc:
            _error(out, "import", exc)
            return 0
        collector = job.get("collector")
        _set_collector(collector)
        for case in cases:
            out.write(json.dumps(run_case(sealed, solution, case)) + "\n")
            out.flush()
            _freeze_survivors(collector)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
