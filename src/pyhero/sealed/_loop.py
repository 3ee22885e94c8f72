"""An asyncio event loop on virtual time that counts its steps."""

from __future__ import annotations

import asyncio
import inspect
import selectors
import threading
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from pyhero.sealed._errors import Deadlock, Interrupted, StepLimitExceeded
from pyhero.sealed._vclock import VirtualClock

__all__ = ["RunResult", "VirtualLoop", "run", "step"]

T = TypeVar("T")

MAX_STEPS = 100_000
IO_WAIT = 0.25
THREADS_WAIT = 10.0


class _Idle(Exception):
    """Nothing left to do while the loop is being shut down."""


class _VirtualSelector(selectors.BaseSelector):
    """The real selector, except that an idle wait jumps the virtual clock to the next
    timer instead of sleeping, and that it counts the loop's steps."""

    def __init__(self, clock: VirtualClock, io_wait: float, max_steps: int) -> None:
        self._real = selectors.DefaultSelector()
        self._clock = clock
        self._io_wait = io_wait
        self.max_steps = max_steps
        self.steps = 0
        self.executor_jobs = 0
        self.shutting_down = False
        self._internal: frozenset[int] = frozenset()

    def mark_internal(self) -> None:
        """The descriptors registered so far are the loop's own (its self-pipe)."""
        self._internal = self._fds()

    def _fds(self) -> frozenset[int]:
        return frozenset(key.fd for key in self._real.get_map().values())

    def register(self, fileobj: Any, events: int, data: Any = None) -> selectors.SelectorKey:
        return self._real.register(fileobj, events, data)

    def unregister(self, fileobj: Any) -> selectors.SelectorKey:
        return self._real.unregister(fileobj)

    def modify(self, fileobj: Any, events: int, data: Any = None) -> selectors.SelectorKey:
        return self._real.modify(fileobj, events, data)

    def get_map(self) -> Mapping[Any, selectors.SelectorKey]:
        return self._real.get_map()

    def close(self) -> None:
        self._real.close()

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        self.steps += 1
        if self.steps > self.max_steps:
            raise StepLimitExceeded(
                f"the event loop ran {self.max_steps} steps without finishing "
                "(a task that never waits for anything?)"
            )
        events = self._real.select(0)
        if events or timeout == 0:
            return events
        if self.executor_jobs:  # real work in threads: its completion wakes us up
            return self._real.select(None)
        if self._fds() - self._internal:  # real I/O may still come
            events = self._real.select(None if timeout is None else self._io_wait)
            if events:
                return events
        if timeout is None:
            if self.shutting_down:
                raise _Idle
            raise Deadlock(
                "every task is waiting and nothing can wake them: no timer, no I/O, no "
                "thread work (a lock or event that is never released?)"
            )
        self._clock.advance(timeout)
        return []


class VirtualLoop(asyncio.SelectorEventLoop):
    """``time()`` reads ``clock``; idle waits jump to the next timer; ``steps`` counts the
    iterations of the loop. Executor work and registered I/O are still awaited for real
    (registered I/O for at most ``io_wait`` real seconds before the clock jumps)."""

    def __init__(
        self, clock: VirtualClock, *, io_wait: float = IO_WAIT, max_steps: int = MAX_STEPS
    ) -> None:
        self._virtual = _VirtualSelector(clock, io_wait, max_steps)
        super().__init__(self._virtual)
        self._virtual.mark_internal()
        self.clock = clock
        self._threads: Executor | None = None

    @property
    def steps(self) -> int:
        return self._virtual.steps

    def time(self) -> float:
        return self.clock.monotonic()

    def set_default_executor(self, executor: Any) -> None:
        super().set_default_executor(executor)
        self._threads = executor

    def run_in_executor(  # type: ignore[override]
        self, executor: Executor | None, func: Callable[..., T], *args: Any
    ) -> asyncio.Future[T]:
        if executor is None:
            if self._threads is None:
                self._threads = ThreadPoolExecutor(thread_name_prefix="asyncio")
            executor = self._threads
        future = super().run_in_executor(executor, func, *args)
        self._virtual.executor_jobs += 1
        future.add_done_callback(self._job_done)
        return future

    def _job_done(self, _: object) -> None:
        self._virtual.executor_jobs -= 1

    def _finish_threads(self) -> None:
        """Wait (at most ``THREADS_WAIT`` real seconds) for the default executor's threads.

        Not ``shutdown_default_executor()``: a coroutine abandoned while it waits joins its
        thread when it is collected, and a collection that starts inside ``Thread.start``
        of another thread deadlocks the interpreter (CPython 3.11).
        """
        executor, self._threads = self._threads, None
        if executor is None:
            return
        finisher = threading.Thread(
            target=executor.shutdown, kwargs={"cancel_futures": True}, daemon=True
        )
        finisher.start()
        finisher.join(THREADS_WAIT)

    def shut_down(self) -> None:
        """Cancel what is left, finish async generators and the default executor, close."""
        self._virtual.shutting_down = True
        self._virtual.max_steps = self._virtual.steps + MAX_STEPS
        try:
            tasks = asyncio.all_tasks(self)
            for task in tasks:
                task.cancel()
            if tasks:
                self.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            self.run_until_complete(self.shutdown_asyncgens())
        except (_Idle, StepLimitExceeded):
            pass  # a task that refuses to end: give up on it
        finally:
            self._finish_threads()
            self.close()


@dataclass(frozen=True, slots=True)
class RunResult:
    """What :func:`run` saw: the result or the exception, virtual seconds and loop steps."""

    value: Any
    exception: BaseException | None
    elapsed: float
    steps: int

    def unwrap(self) -> Any:
        """The value, or raise the exception."""
        if self.exception is not None:
            raise self.exception
        return self.value


async def _wrap(awaitable: Awaitable[T]) -> T:
    return await awaitable


def run(
    main: Awaitable[Any] | Callable[[], Awaitable[Any]],
    *,
    clock: VirtualClock | None = None,
    io_wait: float = IO_WAIT,
    max_steps: int = MAX_STEPS,
) -> RunResult:
    """Run a coroutine (or a factory of one) to completion on a fresh :class:`VirtualLoop`.

    Never raises for what the coroutine does: its exception, ``Deadlock`` and
    ``StepLimitExceeded`` included, is in the result (only :class:`Interrupted` passes).
    Tasks still pending at the end are cancelled, as ``asyncio.run`` does.
    """
    clock = clock if clock is not None else VirtualClock()
    loop = VirtualLoop(clock, io_wait=io_wait, max_steps=max_steps)
    started = clock.monotonic()
    value: Any = None
    error: BaseException | None = None
    try:
        awaitable = main() if callable(main) and not inspect.isawaitable(main) else main
        coroutine = awaitable if inspect.iscoroutine(awaitable) else _wrap(awaitable)
        task = loop.create_task(coroutine)
        try:
            value = loop.run_until_complete(task)
        except Interrupted:
            raise
        except BaseException as exc:
            error = exc
            if task.done() and not task.cancelled() and task.exception() is not None:
                error = task.exception()
    finally:
        steps = loop.steps
        loop.shut_down()
    return RunResult(value, error, clock.monotonic() - started, steps)


def step() -> int:
    """The running virtual loop's step count: equal for things that happened in one step."""
    loop = asyncio.get_running_loop()
    if isinstance(loop, VirtualLoop):
        return loop.steps
    raise RuntimeError("step() needs the virtual loop: run the code with clock.run()")
