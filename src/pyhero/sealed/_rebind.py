"""Replace an object wherever a module may have bound it, and put everything back."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from types import FunctionType, ModuleType
from typing import Any, cast

__all__ = ["Rebinder"]


class Rebinder:
    """Collects replacements; :meth:`restore` undoes them, newest first."""

    def __init__(self) -> None:
        self._undo: list[Callable[[], None]] = []

    def set_attribute(self, owner: object, name: str, new: object) -> None:
        old = owner.__dict__[name] if name in vars(owner) else getattr(owner, name)
        setattr(owner, name, new)
        self._undo.append(lambda: setattr(owner, name, old))

    def replace(
        self,
        original: object,
        new: object,
        *,
        modules: Iterable[ModuleType] = (),
        alias: str | None = None,
    ) -> None:
        """Bind ``new`` where ``original`` is bound in ``modules``: their globals, the
        default arguments of their functions, and the attributes and method defaults of
        the classes they define. With ``alias``, also every loaded module whose attribute
        of that name is ``original`` (``secrets.compare_digest`` is ``hmac``'s)."""
        for module in modules:
            self._in_namespace(module, vars(module), original, new)
            for value in list(vars(module).values()):
                if isinstance(value, FunctionType):
                    self._in_defaults(value, original, new)
                elif isinstance(value, type) and value.__module__ == module.__name__:
                    self._in_class(value, original, new)
        if alias is not None:
            for module in list(sys.modules.values()):
                namespace = getattr(module, "__dict__", None)
                if isinstance(namespace, dict) and namespace.get(alias) is original:
                    self.set_attribute(module, alias, new)

    def _in_namespace(
        self, owner: object, namespace: dict[str, object], original: object, new: object
    ) -> None:
        for name, value in list(namespace.items()):
            if value is original:
                self.set_attribute(owner, name, new)

    def _in_class(self, cls: type, original: object, new: object) -> None:
        for name, value in list(vars(cls).items()):
            function = getattr(value, "__func__", value)
            if value is original:
                self.set_attribute(cls, name, new)
            elif isinstance(value, staticmethod | classmethod) and function is original:
                self.set_attribute(cls, name, type(value)(cast("Callable[..., Any]", new)))
            elif isinstance(function, FunctionType):
                self._in_defaults(function, original, new)

    def _in_defaults(self, function: FunctionType, original: object, new: object) -> None:
        defaults = function.__defaults__
        if defaults and any(value is original for value in defaults):
            function.__defaults__ = tuple(new if v is original else v for v in defaults)
            self._undo.append(lambda: setattr(function, "__defaults__", defaults))
        keyword_defaults = function.__kwdefaults__
        if keyword_defaults and any(value is original for value in keyword_defaults.values()):
            function.__kwdefaults__ = {
                key: new if value is original else value for key, value in keyword_defaults.items()
            }
            self._undo.append(lambda: setattr(function, "__kwdefaults__", keyword_defaults))

    def restore(self) -> None:
        while self._undo:
            self._undo.pop()()
