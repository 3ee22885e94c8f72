"""WRONG: captive-dependency check only for direct deps of a singleton; singleton -> transient
-> scoped is allowed.

Found by a blind attack; the visible tests alone do not catch it (the sealed set does).
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
_LIFETIMES = ("transient", "singleton", "scoped")


class ResolutionError(LookupError):
    pass


class CycleError(ResolutionError):
    pass


def _name(key: Any) -> str:
    return getattr(key, "__name__", repr(key))


def _path(chain: tuple) -> str:
    return " -> ".join(_name(k) for k in chain)


def _close_all(order: list) -> None:
    while order:
        obj = order.pop()
        close = getattr(obj, "close", None)
        if callable(close):
            close()


class Container:
    def __init__(self) -> None:
        self._providers: dict[Any, tuple[Callable[..., Any], str]] = {}
        self._instances: dict[Any, object] = {}
        self._singletons: dict[Any, object] = {}
        self._singleton_order: list[object] = []

    def register(self, key, provider=None, *, lifetime="transient") -> None:
        if lifetime not in _LIFETIMES:
            raise ValueError(f"unknown lifetime {lifetime!r}")
        self._instances.pop(key, None)
        self._singletons.pop(key, None)
        self._providers[key] = (key if provider is None else provider, lifetime)

    def register_instance(self, key, instance) -> None:
        self._providers.pop(key, None)
        self._singletons.pop(key, None)
        self._instances[key] = instance

    def _registered(self, key) -> bool:
        return key in self._providers or key in self._instances

    def resolve(self, key):
        return self._build(key, (), None, False)

    def scope(self) -> Scope:
        return Scope(self)

    def close(self) -> None:
        self._singletons.clear()
        _close_all(self._singleton_order)

    def _build(self, key, chain, scope, inside_singleton):
        here = (*chain, key)
        if key in chain:
            raise CycleError(f"dependency cycle: {_path(here)}")
        if key in self._instances:
            return self._instances[key]
        if key in self._providers:
            provider, lifetime = self._providers[key]
        elif (
            inspect.isclass(key)
            and not inspect.isabstract(key)
            and getattr(key, "__module__", None) != "builtins"
        ):
            provider, lifetime = key, "transient"
        else:
            raise ResolutionError(f"nothing provides {_path(here)}")
        if lifetime == "singleton":
            if key in self._singletons:
                return self._singletons[key]
            obj = self._call(provider, here, scope, True)
            self._singletons[key] = obj
            self._singleton_order.append(obj)
            return obj
        if lifetime == "scoped":
            if inside_singleton:
                raise ResolutionError(f"singleton captures scoped dependency: {_path(here)}")
            if scope is None:
                raise ResolutionError(f"scoped dependency resolved outside a scope: {_path(here)}")
            if key in scope._instances:
                return scope._instances[key]
            obj = self._call(provider, here, scope, inside_singleton)
            scope._instances[key] = obj
            scope._order.append(obj)
            return obj
        return self._call(provider, here, scope, inside_singleton)

    def _call(self, provider, chain, scope, inside_singleton):
        try:
            signature = inspect.signature(provider)
        except (TypeError, ValueError):
            signature = inspect.Signature()
        try:
            if inspect.isclass(provider):
                hints = typing.get_type_hints(provider.__init__)
            else:
                hints = typing.get_type_hints(provider)
        except Exception:
            hints = {}
        kwargs = {}
        for name, param in signature.parameters.items():
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                continue
            has_default = param.default is not param.empty
            if name not in hints:
                if has_default:
                    continue
                raise ResolutionError(f"parameter {name!r} has no type hint: {_path(chain)}")
            hint = hints[name]
            if has_default and not self._registered(hint):
                continue
            sub = inside_singleton and self._providers.get(chain[-1], (None, ""))[1] == "singleton"
            kwargs[name] = self._build(hint, chain, scope, sub)
        return provider(**kwargs)


class Scope:
    def __init__(self, container: Container) -> None:
        self._container = container
        self._instances: dict[Any, object] = {}
        self._order: list[object] = []

    def resolve(self, key):
        return self._container._build(key, (), self, False)

    def __enter__(self) -> Scope:
        return self

    def __exit__(self, kind, error, traceback) -> None:
        self._instances.clear()
        _close_all(self._order)
