"""How an exception is observed: by class, never by identity."""

from __future__ import annotations

import builtins
import contextlib
import importlib
from collections.abc import Sequence
from types import ModuleType

from pyhero.sealed._errors import SealedLimit

__all__ = ["builtin_class_name", "builtin_name", "exception_name", "safe_message"]

#: Standard-library exceptions observed under their own name although they are not builtins.
_BUILTIN_LIKE = {"asyncio.exceptions.CancelledError": "CancelledError"}


def builtin_name(exc: BaseException) -> str:
    """The nearest built-in exception class in the MRO of ``exc``'s class.

    A learner's ``class WidthError(ValueError)`` and ``json.JSONDecodeError`` are both
    ``ValueError``; ``asyncio.CancelledError`` counts as built-in; the sealed tools' own
    limits (:class:`SealedLimit`) keep their names.
    """
    return builtin_class_name(type(exc))


def builtin_class_name(exc_class: type[BaseException]) -> str:
    """:func:`builtin_name` for an exception class."""
    for cls in exc_class.__mro__:
        name: str = cls.__name__
        if issubclass(cls, SealedLimit) and cls is not SealedLimit:
            return name
        if getattr(builtins, name, None) is cls:
            return name
        alias = _BUILTIN_LIKE.get(f"{cls.__module__}.{cls.__qualname__}")
        if alias is not None:
            return alias
    return "BaseException"


def _attribute(module: ModuleType, name: str) -> object:
    try:
        return getattr(module, name, None)
    except Exception:  # a learner's module __getattr__ may raise anything
        return None


def _resolve(name: str, modules: Sequence[ModuleType]) -> type[BaseException] | None:
    candidates: list[object] = [_attribute(module, name) for module in modules]
    candidates.append(getattr(builtins, name, None))
    if "." in name:
        module_name, _, attribute = name.rpartition(".")
        with contextlib.suppress(ImportError):
            candidates.append(getattr(importlib.import_module(module_name), attribute, None))
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, BaseException):
            return candidate
    return None


def exception_name(
    exc: BaseException, errors: Sequence[str] | None, modules: Sequence[ModuleType]
) -> str:
    """The first of ``errors`` whose class ``exc`` is an instance of, else ``builtin_name``.

    Each name is looked up in ``modules`` (the learner's module first), then in ``builtins``;
    a dotted name such as ``"asyncio.InvalidStateError"`` is imported.
    """
    for name in errors or ():
        cls = _resolve(name, modules)
        if cls is not None and isinstance(exc, cls):
            return name
    return builtin_name(exc)


def safe_message(exc: BaseException) -> str:
    """``str(exc)``, or a placeholder when the exception cannot be printed."""
    try:
        text = str(exc)
    except Exception as error:  # the learner's __str__ is theirs to break
        return f"<str() of the exception raised {type(error).__name__}>"
    return text if type(text) is str else str.__str__(text)
