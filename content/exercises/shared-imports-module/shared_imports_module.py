"""Find the imports modules repeat, and move them to a shared module: implement below."""

from __future__ import annotations

from collections.abc import Mapping


class StarImportError(ValueError):
    """A star import hides which names a module binds."""


def imported_names(source: str) -> dict[str, str]:
    """The names the module's top-level imports bind, each with where it comes from."""
    raise NotImplementedError


def common_imports(sources: Mapping[str, str], *, at_least: int = 2) -> dict[str, str]:
    """The absolute imports bound alike by at least ``at_least`` modules, never bound to
    anything else by another."""
    raise NotImplementedError


def render_module(names: Mapping[str, str]) -> str:
    """The source of the shared module that binds ``names`` and exports them all."""
    raise NotImplementedError


def use_shared(source: str, names: Mapping[str, str], *, shared: str = "common") -> str:
    """``source`` with the imports of ``names`` replaced by one import from ``shared``."""
    raise NotImplementedError
