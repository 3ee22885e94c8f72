"""The exceptions of the sealed-test machinery itself (never the learner's)."""

from __future__ import annotations

__all__ = ["Deadlock", "Interrupted", "SealedContentError", "SealedLimit", "StepLimitExceeded"]


class SealedContentError(ValueError):
    """A sealed set that cannot work: the message names the case and the offending value."""


class Interrupted(BaseException):
    """The grader's own stop (for example raised by its timeout's signal handler).

    Every other exception, ``SystemExit`` and ``KeyboardInterrupt`` included, that escapes
    the learner's code is an observation; this one never is: ``observe`` and ``run_case``
    let it through so that the grader's run stops and the remaining cases have no
    observation.
    """


class SealedLimit(Exception):
    """The code under observation overran a limit of the observation tools.

    Observed under its own class name, with its message, so that feedback explains it.
    """


class StepLimitExceeded(SealedLimit):
    """The virtual-time event loop ran its maximum number of steps (a busy loop?)."""


class Deadlock(SealedLimit):
    """The virtual-time event loop had nothing left to run, no timer and no real work."""
