"""The grader's sealed item: runs an exercise's sealed cases after its visible tests.

It runs inside the job, in the test process.  In a *reference* job (the exercise's own
solution) it generates the cases from the seed and records each case with the reference's
observation; in a *learner* job it reads the encoded inputs the host wrote into the run
directory and records only the learner's observations.  Expected observations never enter a
learner's job: the host compares (see ``docs/sealed.md``).
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Callable
from typing import Any

import pytest

__all__ = ["SEALED_NODEID", "SealedItem", "sealed_item"]

SEALED_NODEID = "pyhero::sealed"
"""The node id of the sealed item in every job that runs a sealed set."""


class SealedItem(pytest.Item):
    """Runs every sealed case and writes one ``sealed`` record per case."""

    def __init__(
        self,
        *,
        spec: dict[str, Any],
        emit: Callable[[dict[str, Any]], None],
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._spec = spec
        self._emit = emit

    def runtest(self) -> None:
        from pyhero.sealed import generate_cases, load_sealed, run_case, solution_module_name

        spec = self._spec
        root = str(self.config.rootpath)
        sealed = load_sealed(os.path.join(root, str(spec["module"])))
        solution = importlib.import_module(solution_module_name(sealed, str(spec["solution"])))
        if spec["mode"] == "reference":
            for index, case in enumerate(generate_cases(sealed, int(spec["seed"]))):
                observation = run_case(sealed, solution, case)
                self._emit(
                    {"type": "sealed", "index": index, "case": case, "observation": observation}
                )
            return
        with open(os.path.join(root, str(spec["cases"])), encoding="utf-8") as handle:
            cases = json.load(handle)
        for index, case in enumerate(cases):
            observation = run_case(sealed, solution, case)
            self._emit({"type": "sealed", "index": index, "observation": observation})

    def reportinfo(self) -> tuple[str, int, str]:
        return str(self.path), 0, "sealed cases"


def sealed_item(
    session: pytest.Session, spec: dict[str, Any], emit: Callable[[dict[str, Any]], None]
) -> SealedItem:
    """The item appended after the visible tests of a job with a sealed set."""
    return SealedItem.from_parent(
        session, name="sealed", nodeid=SEALED_NODEID, spec=spec, emit=emit
    )
