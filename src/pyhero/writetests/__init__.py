"""The write-the-tests exercise kind: the learner's solution is a test file.

It must pass against the module under test, fail against each hidden buggy implementation
(``.meta/bugs/``), and meet the exercise's structural requirements and coverage threshold
(see docs/content-format.md).  This package holds the kind's content side; the grader's side
is ``pyhero.grading._writetests`` (host) and ``pyhero.grading._writetests_job`` (job).
"""

from pyhero.writetests._layout import outline_differences
from pyhero.writetests._requirements import (
    Requirement,
    count_test_functions,
    coverage_of,
    requirements,
)
from pyhero.writetests._spec import BUGS_DIR, WriteTestsKeys, bug_file, module_name

__all__ = [
    "BUGS_DIR",
    "Requirement",
    "WriteTestsKeys",
    "bug_file",
    "count_test_functions",
    "coverage_of",
    "module_name",
    "outline_differences",
    "requirements",
]
