"""Content checker: proves exercises (stubs fail, examples pass, tests kill mutants)."""

from pyhero.checker._candidates import ALTERNATIVE, WRONG, Candidate, candidates
from pyhero.checker._check import (
    ExerciseReport,
    MutantOutcome,
    check_exercise,
    check_exercises,
)
from pyhero.checker._mutants import Mutant, generate_mutants

__all__ = [
    "ALTERNATIVE",
    "WRONG",
    "Candidate",
    "ExerciseReport",
    "Mutant",
    "MutantOutcome",
    "candidates",
    "check_exercise",
    "check_exercises",
    "generate_mutants",
]
