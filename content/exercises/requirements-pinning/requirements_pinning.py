"""Read a requirements file, evaluate markers and pin versions with ``packaging``."""

from __future__ import annotations

from packaging.requirements import Requirement


def read_requirements(text: str) -> dict[str, Requirement]:
    """The requirements of a ``requirements.txt`` text by canonical name, in file order."""
    raise NotImplementedError("parse each line with packaging.requirements.Requirement")


def applies(requirement: Requirement, environment: dict[str, str]) -> bool:
    """Whether ``requirement`` is needed in ``environment``."""
    raise NotImplementedError("evaluate the marker")


def best_version(requirement: Requirement, available: list[str]) -> str | None:
    """The highest of ``available`` that the specifier allows, or ``None``."""
    raise NotImplementedError("compare packaging.version.Version objects")


def pin(text: str, environment: dict[str, str], index: dict[str, list[str]]) -> list[str]:
    """``name[extras]==version`` for every requirement that applies in ``environment``."""
    raise NotImplementedError("put the three together")
