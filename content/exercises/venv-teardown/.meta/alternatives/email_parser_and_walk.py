"""Reads the metadata files with ``email.parser`` over ``os.scandir`` instead of
``importlib.metadata``, and deletes bottom-up with ``os.walk``, unlinking symbolic links
(to folders too) instead of entering them."""

from __future__ import annotations

import os
import sys
from email.parser import HeaderParser
from pathlib import Path

_SKIPPED = {"pip", "setuptools", "wheel", "distribute"}


class NotAVirtualenvError(ValueError):
    pass


def is_virtualenv(path: str | os.PathLike[str]) -> bool:
    return os.path.isfile(os.path.join(path, "pyvenv.cfg"))


def _require(venv: str | os.PathLike[str]) -> None:
    if not is_virtualenv(venv):
        raise NotAVirtualenvError(f"no pyvenv.cfg in {venv}")


def _metadata_files(venv: str | os.PathLike[str]) -> list[str]:
    folders = [os.path.join(venv, "Lib", "site-packages")]
    lib = os.path.join(venv, "lib")
    if os.path.isdir(lib):
        folders += [os.path.join(lib, entry.name, "site-packages")
                    for entry in os.scandir(lib) if entry.name.startswith("python")]  # fmt: skip
    files = []
    for folder in folders:
        if not os.path.isdir(folder):
            continue
        for entry in os.scandir(folder):
            if entry.name.endswith(".dist-info"):
                files.append(os.path.join(entry.path, "METADATA"))
            elif entry.name.endswith(".egg-info"):
                files.append(os.path.join(entry.path, "PKG-INFO"))
    return files


def frozen_requirements(venv: str | os.PathLike[str]) -> list[str]:
    _require(venv)
    found = []
    for file in _metadata_files(venv):
        if not os.path.isfile(file):
            continue
        with open(file, encoding="utf-8") as handle:
            headers = HeaderParser().parse(handle)
        name = headers.get("Name")
        if name and name.lower() not in _SKIPPED:
            found.append((name.lower(), f"{name}=={headers.get('Version')}"))
    return [line for _, line in sorted(found)]


def save_requirements(venv: str | os.PathLike[str], destination: str | os.PathLike[str]) -> int:
    lines = frozen_requirements(venv)
    with open(destination, "w", encoding="utf-8") as handle:
        handle.writelines(line + "\n" for line in lines)
    return len(lines)


def _delete_tree(top: str) -> None:
    for folder, subfolders, files in os.walk(top, topdown=False):
        for name in files:
            os.unlink(os.path.join(folder, name))
        for name in subfolders:
            path = os.path.join(folder, name)
            if os.path.islink(path):
                os.unlink(path)
            else:
                os.rmdir(path)
    os.rmdir(top)


def remove_virtualenv(
    venv: str | os.PathLike[str], requirements: str | os.PathLike[str]
) -> int:
    _require(venv)
    here = os.path.realpath(venv)
    target = os.path.realpath(requirements)
    if os.path.commonpath([here, target]) == here:
        raise ValueError(f"refusing: {requirements} lies inside {venv}")
    if os.path.realpath(sys.prefix) == here:
        raise RuntimeError("this environment is running: deactivate it first")
    count = save_requirements(venv, requirements)
    _delete_tree(str(Path(here)))
    return count
