"""Call spies: record the calls of a function wherever the learner's code bound it."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

from pyhero.sealed._rebind import Rebinder

__all__ = ["Spy", "spy"]


class Spy:
    """The calls seen: ``calls`` holds ``(args, kwargs)`` pairs, oldest first."""

    def __init__(self, original: Callable[..., Any]) -> None:
        self.original = original
        self.calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    @property
    def count(self) -> int:
        return len(self.calls)

    @property
    def called(self) -> bool:
        return bool(self.calls)

    def wrapper(self) -> Callable[..., Any]:
        original = self.original

        @functools.wraps(original)
        def spied(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((args, kwargs))
            return original(*args, **kwargs)

        return spied


@contextmanager
def spy(
    owner: object, name: str, *, modules: Iterable[ModuleType] = (), aliases: bool = True
) -> Iterator[Spy]:
    """Replace ``owner.<name>`` with a recording wrapper that calls through, for the block.

    The wrapper is also bound where ``modules`` (the learner's) bound the original: a
    ``from hmac import compare_digest`` (under any name), default arguments, class
    attributes; with ``aliases``, in every loaded module that exposes the original under
    the same name (``secrets.compare_digest``). Everything is restored on exit.
    """
    original = getattr(owner, name)
    recorder = Spy(original)
    replacement = recorder.wrapper()
    rebinder = Rebinder()
    try:
        rebinder.set_attribute(owner, name, replacement)
        rebinder.replace(original, replacement, modules=modules, alias=name if aliases else None)
        yield recorder
    finally:
        rebinder.restore()
