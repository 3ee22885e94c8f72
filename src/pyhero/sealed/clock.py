"""Virtual time: a clock, ``time`` patched to it, and an event loop that runs on it.

- :class:`VirtualClock`: ``time()``, ``monotonic()``, ``perf_counter()``, ``sleep()``,
  ``advance()``.
- :func:`patch_time`: the ``time`` module (and the learner's bindings of it) on a clock.
- :func:`run`: a coroutine on a :class:`VirtualLoop`, whose ``time()`` is the clock's and
  which jumps to the next timer whenever nothing is ready (executor work and I/O are still
  awaited for real); returns a :class:`RunResult` with the virtual seconds and loop steps.
- :func:`step`: the running loop's step count, to observe "finished in the same step".
"""

from pyhero.sealed._errors import Deadlock, StepLimitExceeded
from pyhero.sealed._loop import RunResult, VirtualLoop, run, step
from pyhero.sealed._vclock import VirtualClock, patch_time

__all__ = [
    "Deadlock",
    "RunResult",
    "StepLimitExceeded",
    "VirtualClock",
    "VirtualLoop",
    "patch_time",
    "run",
    "step",
]
