"""Sealed tests: cases generated from a seed, observed in the learner's run and compared
on the host with the reference's observations (see ``docs/sealed.md``).

The authoring API (``Case``, ``observe``) and the runner API the grader uses
(``load_sealed``, ``generate_cases``, ``run_case``, ``compare_runs``…) live here; the
observation tools are submodules: :mod:`~pyhero.sealed.gen`, :mod:`~pyhero.sealed.clock`,
:mod:`~pyhero.sealed.record`, :mod:`~pyhero.sealed.fs`, :mod:`~pyhero.sealed.stress`.
Importing this package imports only the standard library.
"""

from pyhero.sealed._canonical import encode_observation
from pyhero.sealed._case import Case
from pyhero.sealed._codec import decode_input, encode_input
from pyhero.sealed._compare import (
    Failure,
    GroupOutcome,
    agree,
    compare_runs,
    describe_case,
    describe_observation,
)
from pyhero.sealed._errors import (
    Deadlock,
    Interrupted,
    SealedContentError,
    SealedLimit,
    StepLimitExceeded,
)
from pyhero.sealed._observe import Outcome, observe, observe_async
from pyhero.sealed._runner import generate_cases, load_sealed, run_case, solution_module_name
from pyhero.sealed._window import pause_collector

__all__ = [
    "Case",
    "Deadlock",
    "Failure",
    "GroupOutcome",
    "Interrupted",
    "Outcome",
    "SealedContentError",
    "SealedLimit",
    "StepLimitExceeded",
    "agree",
    "compare_runs",
    "decode_input",
    "describe_case",
    "describe_observation",
    "encode_input",
    "encode_observation",
    "generate_cases",
    "load_sealed",
    "observe",
    "observe_async",
    "pause_collector",
    "run_case",
    "solution_module_name",
]
