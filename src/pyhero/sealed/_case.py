"""A sealed case: one call of the learner's code (or one probe) and how to observe it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from pyhero.sealed._errors import SealedContentError

__all__ = ["Case"]


@dataclass(frozen=True, slots=True)
class Case:
    """Build cases with :meth:`call` and :meth:`probe`; see ``docs/sealed.md``."""

    kind: Literal["call", "probe"]
    target: str | Callable[..., object]
    args: tuple[object, ...] = ()
    kwargs: dict[str, object] = field(default_factory=dict)
    task: int | None = None
    group: str = ""
    errors: tuple[str, ...] | None = None
    message: bool | str = False
    stress: bool = False

    @classmethod
    def call(
        cls,
        name: str,
        /,
        *args: object,
        task: int | None = None,
        group: str | None = None,
        errors: Sequence[str] | str | None = None,
        message: bool | str = False,
        stress: bool = False,
        **kwargs: object,
    ) -> Case:
        """``solution.<name>(*args, **kwargs)``; its return value or exception is observed."""
        if not isinstance(name, str) or not name.isidentifier():
            raise SealedContentError(f"Case.call: {name!r} is not the name of a function")
        options = _options("call", name, task, group, errors, message, stress)
        return cls("call", name, args, kwargs, *options)

    @classmethod
    def probe(
        cls,
        function: Callable[..., object],
        /,
        *args: object,
        task: int | None = None,
        group: str | None = None,
        errors: Sequence[str] | str | None = None,
        message: bool | str = False,
        stress: bool = False,
        **kwargs: object,
    ) -> Case:
        """``function(solution, *args, **kwargs)`` where ``function`` is a module-level
        function of ``sealed.py``; what it returns (or lets through) is observed."""
        name = getattr(function, "__name__", None)
        if not callable(function) or not isinstance(name, str):
            raise SealedContentError(f"Case.probe: {function!r} is not a function")
        options = _options("probe", name, task, group, errors, message, stress)
        return cls("probe", function, args, kwargs, *options)

    @property
    def name(self) -> str:
        """The called function's or the probe's name."""
        if isinstance(self.target, str):
            return self.target
        return str(getattr(self.target, "__name__", "?"))


def _options(
    kind: str,
    name: str,
    task: int | None,
    group: str | None,
    errors: Sequence[str] | str | None,
    message: bool | str,
    stress: bool,
) -> tuple[int | None, str, tuple[str, ...] | None, bool | str, bool]:
    """The keyword options checked, in field order; a bad one names the case's function."""
    where = f"Case.{kind}({name}, …)"
    if task is not None and (type(task) is not int or task < 1):
        raise SealedContentError(f"{where}: task must be a positive int, got {task!r}")
    if group is not None and (not isinstance(group, str) or not group.strip()):
        raise SealedContentError(f"{where}: group must be a non-empty string, got {group!r}")
    names = (errors,) if isinstance(errors, str) else None if errors is None else tuple(errors)
    if names is not None and (not names or not all(isinstance(e, str) and e for e in names)):
        raise SealedContentError(f"{where}: errors must be exception class names, got {errors!r}")
    if isinstance(message, str):
        try:
            re.compile(message)
        except re.error as exc:
            raise SealedContentError(f"{where}: message is not a valid regex: {exc}") from None
    elif type(message) is not bool:
        raise SealedContentError(f"{where}: message must be a bool or a regex, got {message!r}")
    if type(stress) is not bool:
        raise SealedContentError(f"{where}: stress must be a bool, got {stress!r}")
    return task, group if group is not None else name, names, message, stress
