"""Recording fakes and call spies, to observe side effects.

- :class:`Recorder`: ``resource()`` (sync and async context managers logging what
  ``__enter__``/``__exit__`` receive, failing on demand), ``factory()`` (logs when it runs),
  ``function()`` (logs its calls), ``generator()``/``async_generator()`` (log their cleanup;
  held by the recorder so that garbage collection cannot close them behind the learner's
  back), ``unclosed()`` and ``snapshot()`` (the log and the open generators, copied at the
  point the probe names). Inside a sealed case a recorder pauses the cyclic collector and
  is sealed when the probe returns: later finalisers never reach the observation.
- :func:`spy`: record the calls of a function wherever the learner's module bound it.
"""

from pyhero.sealed._recorder import Entry, Log, Recorder, Resource
from pyhero.sealed._spy import Spy, spy

__all__ = ["Entry", "Log", "Recorder", "Resource", "Spy", "spy"]
