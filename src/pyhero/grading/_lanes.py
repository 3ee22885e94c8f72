"""Fork servers by interpreter: pyhero's own, and one per exercise environment in use.

A :class:`Lane` is one fork server's slot: the interpreter it runs, the jobs prepared on it
and whether it is in use.  The default lane (pyhero's interpreter) lives as long as the
grader.  An environment's lane starts its server on first use and stops it once it has been
idle for a while; the next grading in that environment starts it again.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from pyhero.environments import BuiltEnvironment
from pyhero.grading._prepared import PreparedJob, Preparer
from pyhero.grading._runtime import ServerRuntime, environment_runtime
from pyhero.grading._server import ForkServer

__all__ = ["EnvironmentLanes", "Lane"]

Dispose = Callable[[PreparedJob], None]


class Lane:
    """One fork server, started when a job needs it, and the jobs prepared on it."""

    def __init__(self, runtime: ServerRuntime, preparer: Preparer) -> None:
        self.runtime = runtime
        self.preparer = preparer
        self.server: ForkServer | None = None
        self._lock = threading.Lock()
        self._busy = 0
        self._last_used = time.monotonic()

    def server_for_job(self, mode: str, jobs_dir: Path) -> ForkServer:
        """The running server, started (again) when there is none or it died."""
        with self._lock:
            if self.server is None or not self.server.alive:
                if self.server is not None:
                    self.server.close()
                self.server = ForkServer(mode, jobs_dir, self.runtime)
            return self.server

    @contextlib.contextmanager
    def in_use(self) -> Iterator[None]:
        """While a grading runs on this lane: an idle check never stops it."""
        with self._lock:
            self._busy += 1
        try:
            yield
        finally:
            with self._lock:
                self._busy -= 1
                self._last_used = time.monotonic()

    def stop(self, dispose: Dispose, *, idle_seconds: float | None = None) -> bool:
        """Stop the server and drop its prepared jobs; with ``idle_seconds``, only when no
        grading used it for that long.  True when a server was stopped."""
        with self._lock:
            if idle_seconds is not None and (
                self._busy or time.monotonic() - self._last_used < idle_seconds
            ):
                return False
            server, self.server = self.server, None
            waiting = self.preparer.drain()
        for prepared in waiting:
            dispose(prepared)
        if server is None:
            return False
        server.close()
        return True


class EnvironmentLanes:
    """The lanes of exercise environments, by build; idle servers are stopped."""

    def __init__(
        self,
        new_preparer: Callable[[], Preparer],
        dispose: Dispose,
        idle_seconds: float,
    ) -> None:
        self._new_preparer = new_preparer
        self._dispose = dispose
        self._idle_seconds = idle_seconds
        self._lanes: dict[Path, Lane] = {}
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._janitor: threading.Thread | None = None

    def get(
        self, built: BuiltEnvironment, mode: str, scratch: Path, warm: tuple[str, ...] = ()
    ) -> Lane:
        """The lane of this build (its server is started by the first job)."""
        with self._lock:
            lane = self._lanes.get(built.prefix)
            if lane is None:
                runtime = environment_runtime(built, mode, scratch, warm)
                lane = self._lanes[built.prefix] = Lane(runtime, self._new_preparer())
            if self._janitor is None and not self._stopped.is_set():
                self._janitor = threading.Thread(
                    target=self._stop_idle, name="pyhero-idle-servers", daemon=True
                )
                self._janitor.start()
            return lane

    def running(self) -> list[str]:
        """The environments whose server is running now."""
        with self._lock:
            lanes = list(self._lanes.values())
        return sorted(str(lane.runtime.environment) for lane in lanes if lane.server is not None)

    def _stop_idle(self) -> None:
        interval = min(5.0, max(0.05, self._idle_seconds / 4))
        while not self._stopped.wait(interval):
            with self._lock:
                lanes = list(self._lanes.values())
            for lane in lanes:
                lane.stop(self._dispose, idle_seconds=self._idle_seconds)

    def close(self) -> None:
        self._stopped.set()
        if self._janitor is not None:
            self._janitor.join()
        with self._lock:
            lanes = list(self._lanes.values())
        for lane in lanes:
            lane.stop(self._dispose)
