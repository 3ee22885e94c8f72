"""Recording fakes: resources, functions and generators that log what happens to them."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Generator, Iterable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any, Self, SupportsIndex

from pyhero.sealed._classify import builtin_class_name, builtin_name, safe_message
from pyhero.sealed._window import enlist

__all__ = ["Entry", "Log", "Recorder", "Resource"]

Entry = tuple[Any, ...]
Failure = BaseException | type[BaseException] | None


class Log(list[Entry]):
    """A recorder's log: a list until the probe returns, then sealed.

    Entries added after the seal (by a finaliser running late) go to ``late``, never into
    the observation; rewriting a sealed log is a mistake of the probe and raises.
    """

    __slots__ = ("late", "sealed")

    def __init__(self) -> None:
        super().__init__()
        self.sealed = False
        self.late: list[Entry] = []

    def append(self, entry: Entry, /) -> None:
        if self.sealed:
            self.late.append(entry)
        else:
            super().append(entry)

    def extend(self, entries: Iterable[Entry], /) -> None:
        if self.sealed:
            self.late.extend(entries)
        else:
            super().extend(entries)

    def __iadd__(self, entries: Iterable[Entry], /) -> Self:  # type: ignore[override,misc]
        self.extend(entries)
        return self

    def _check_open(self) -> None:
        if self.sealed:
            raise RuntimeError("the recorder's log was sealed when the probe returned")

    def insert(self, index: SupportsIndex, entry: Entry, /) -> None:
        self._check_open()
        super().insert(index, entry)

    def __setitem__(self, index: Any, value: Any, /) -> None:
        self._check_open()
        super().__setitem__(index, value)

    def __delitem__(self, index: SupportsIndex | slice, /) -> None:
        self._check_open()
        super().__delitem__(index)

    def __imul__(self, times: SupportsIndex, /) -> Self:
        self._check_open()
        return super().__imul__(times)

    def pop(self, index: SupportsIndex = -1, /) -> Entry:
        self._check_open()
        return super().pop(index)

    def remove(self, entry: Entry, /) -> None:
        self._check_open()
        super().remove(entry)

    def clear(self) -> None:
        self._check_open()
        super().clear()

    def reverse(self) -> None:
        self._check_open()
        super().reverse()

    def sort(self, *, key: Any = None, reverse: bool = False) -> None:
        self._check_open()
        super().sort(key=key, reverse=reverse)


def _exception(value: Failure) -> BaseException | None:
    return value() if isinstance(value, type) else value


def _received(exc_type: object, exc: object) -> tuple[str | None, str | None]:
    """What an ``__exit__`` received: the exception's class (observed as built-in) and
    message, or ``(None, None)``."""
    if isinstance(exc, BaseException):
        return builtin_name(exc), safe_message(exc)
    if isinstance(exc_type, type) and issubclass(exc_type, BaseException):
        return builtin_class_name(exc_type), None
    return None, None


class Resource:
    """A sync and async context manager that logs what it is given.

    Entries: ``("enter", name)``, ``("exit", name, exc_class, message)`` (``None, None``
    when the block ended cleanly; ``"aenter"``/``"aexit"`` in the async forms),
    ``("enter-failed", name, exc_class)``, ``("exit-failed", name, exc_class)``.
    """

    def __init__(
        self,
        recorder: Recorder,
        name: str,
        value: object,
        *,
        fail_enter: Failure = None,
        fail_exit: Failure = None,
        suppress: bool = False,
    ) -> None:
        self._recorder = recorder
        self.name = name
        self.value = value
        self._fail_enter = fail_enter
        self._fail_exit = fail_exit
        self._suppress = suppress

    def _enter(self, verb: str) -> object:
        failure = _exception(self._fail_enter)
        if failure is not None:
            self._recorder.log.append((f"{verb}-failed", self.name, builtin_name(failure)))
            raise failure
        self._recorder.log.append((verb, self.name))
        return self.value

    def _exit(self, verb: str, exc_type: object, exc: object) -> bool:
        self._recorder.log.append((verb, self.name, *_received(exc_type, exc)))
        failure = _exception(self._fail_exit)
        if failure is not None:
            self._recorder.log.append((f"{verb}-failed", self.name, builtin_name(failure)))
            raise failure
        return self._suppress

    def __enter__(self) -> object:
        return self._enter("enter")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        return self._exit("exit", exc_type, exc)

    async def __aenter__(self) -> object:
        return self._enter("aenter")

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        return self._exit("aexit", exc_type, exc)

    def __repr__(self) -> str:
        return f"Resource({self.name!r})"


class Recorder:
    """One log (``log``, a list of tuples) shared by the fakes it makes.

    It keeps every generator it made referenced, so that a generator the learner's code
    drops without closing is still open when the probe looks: its cleanup entry is absent.
    An event loop's shutdown (``asyncio.run``, :func:`pyhero.sealed.clock.run`) closes the
    async generators iterated on it, as it would in the learner's program: look at them
    from inside the coroutine.

    Made inside a sealed case, the recorder pauses the cyclic garbage collector until the
    case is observed and is sealed when the probe returns (see
    :mod:`pyhero.sealed._window`): what a finaliser does after that never reaches the
    observation. Return :meth:`snapshot`, taken while everything the probe holds is alive.
    """

    def __init__(self) -> None:
        self.log = Log()
        self.sealed = False
        self._held: list[object] = []
        self._started: list[str] = []
        self._cleaned: set[str] = set()
        self._names: set[str] = set()
        enlist(self)

    def resource(
        self,
        name: str,
        value: object = None,
        *,
        fail_enter: Failure = None,
        fail_exit: Failure = None,
        suppress: bool = False,
    ) -> Resource:
        """A context manager named ``name`` whose ``__enter__`` returns ``value`` (``name``
        by default); it raises ``fail_enter``/``fail_exit`` when told to, and swallows the
        block's exception when ``suppress``."""
        return Resource(
            self,
            name,
            name if value is None else value,
            fail_enter=fail_enter,
            fail_exit=fail_exit,
            suppress=suppress,
        )

    def factory(
        self, name: str, value: object = None, *, fail_call: Failure = None, **options: Any
    ) -> Callable[[], Resource]:
        """A zero-argument callable logging ``("make", name)`` when it runs, and returning
        ``resource(name, value, **options)`` (or raising ``fail_call``)."""

        def make() -> Resource:
            failure = _exception(fail_call)
            if failure is not None:
                self.log.append(("make-failed", name, builtin_name(failure)))
                raise failure
            self.log.append(("make", name))
            return self.resource(name, value, **options)

        make.__name__ = make.__qualname__ = f"make_{name}"
        return make

    def function(
        self, name: str, *, returns: object = None, raises: Failure = None
    ) -> Callable[..., Any]:
        """A function logging ``("call", name, args, kwargs)`` that returns ``returns``
        (or raises ``raises``); ``kwargs`` is a sorted tuple of pairs."""

        def call(*args: object, **kwargs: object) -> object:
            self.log.append(("call", name, args, tuple(sorted(kwargs.items()))))
            failure = _exception(raises)
            if failure is not None:
                raise failure
            return returns

        call.__name__ = call.__qualname__ = name
        return call

    def generator(self, name: str, items: Iterable[object]) -> Generator[Any, None, None]:
        """A generator of ``items`` logging ``("start", name)``, ``("yield", name, item)``
        and, when its cleanup runs, ``("cleanup", name, how)`` with ``how`` one of
        ``"exhausted"``, ``"closed"`` or the class of the exception thrown into it."""
        generator = self._generator(name, list(items))
        self._track(name, generator)
        return generator

    def async_generator(self, name: str, items: Iterable[object]) -> AsyncGenerator[Any, None]:
        """The asynchronous form of :meth:`generator` (entries ``"astart"``, ``"ayield"``,
        ``"acleanup"``)."""
        generator = self._async_generator(name, list(items))
        self._track(name, generator)
        return generator

    def unclosed(self) -> list[str]:
        """The tracked generators that started and whose cleanup has not run, in the order
        they started (a generator never started has nothing to clean up)."""
        return [name for name in self._started if name not in self._cleaned]

    def snapshot(self) -> dict[str, list[Any]]:
        """``{"log": [...], "open": unclosed()}``, copied now: what a probe returns (or puts
        in what it returns) at the point it names, before anything it holds goes away."""
        return {"log": list(self.log), "open": self.unclosed()}

    def seal(self) -> None:
        """Stop recording: later entries go to ``log.late``, later cleanups leave
        :meth:`unclosed` alone (the runner seals every recorder when the probe returns)."""
        self.sealed = True
        self.log.sealed = True

    def _track(self, name: str, generator: object) -> None:
        if name in self._names:
            raise ValueError(f"a generator named {name!r} was already made by this recorder")
        self._names.add(name)
        self._held.append(generator)

    def _start(self, entry: str, name: str) -> None:
        self.log.append((entry, name))
        if not self.sealed:
            self._started.append(name)

    @contextmanager
    def _cleanup(self, entry: str, name: str) -> Iterator[None]:
        """Log ``(entry, name, how)`` when the generator body around it ends."""
        how = "exhausted"
        try:
            yield
        except GeneratorExit:
            how = "closed"
            raise
        except BaseException as exc:
            how = builtin_name(exc)
            raise
        finally:
            if not self.sealed:
                self._cleaned.add(name)
            self.log.append((entry, name, how))

    def _generator(self, name: str, items: list[object]) -> Generator[Any, None, None]:
        self._start("start", name)
        with self._cleanup("cleanup", name):
            for item in items:
                self.log.append(("yield", name, item))
                yield item

    async def _async_generator(self, name: str, items: list[object]) -> AsyncGenerator[Any, None]:
        self._start("astart", name)
        with self._cleanup("acleanup", name):
            for item in items:
                self.log.append(("ayield", name, item))
                yield item
