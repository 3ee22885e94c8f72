"""Sealed cases for venv-teardown: environments built as real trees in a temporary
directory, Linux layouts with their ``lib64 -> lib`` link and ``bin/python`` pointing
outside, Windows layouts, several ``python…`` folders, ``.egg-info`` metadata, broken
metadata folders, names whose case sorts them differently, and the tools pip leaves out.
Requirements files are asked for beside, inside and "inside through ``..``"; the running
interpreter's ``sys.prefix`` is pointed at the environment for some cases. What is
observed: the outcome, the tree afterwards (relative to the temporary directory) and the
text of the requirements file if it exists."""

from __future__ import annotations

import random
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pyhero.sealed import Case, gen, observe
from pyhero.sealed.fs import build_tree, link, list_tree

SOLUTION = "venv_teardown"

ERRORS = ("NotAVirtualenvError", "ValueError", "RuntimeError")
NAMES = ("requests", "Django", "attrs", "typing_extensions", "zope.interface", "PyYAML",
         "numpy", "ruamel.yaml", "SQLAlchemy", "httpx", "anyio", "Jinja2", "markupsafe",
         "pytest", "six", "idna", "Babel", "certifi")  # fmt: skip
TOOLS = ("pip", "setuptools", "wheel", "distribute")
TOOLS_SPELLED = ("Pip", "SetupTools", "WHEEL", "Distribute", "PIP", "Setuptools")
VERSIONS = ("1.0", "2.32.3", "0.1.dev0", "2024.1", "1.0rc1", "23.2.0", "4.12.2")


def _metadata(name: str | None, version: str) -> str:
    lines = ["Metadata-Version: 2.1"]
    if name is not None:
        lines.append(f"Name: {name}")
    lines += [f"Version: {version}", "Summary: a package", ""]
    return "\n".join(lines)


def _site(rng: random.Random, names: list[str]) -> dict[str, Any]:
    site: dict[str, Any] = {"README.txt": "This directory exists so that 3rd party packages "
                            "can be installed here.\n", "__pycache__": {}}  # fmt: skip
    for name in names:
        version = gen.pick(rng, VERSIONS)
        folder = name.replace("-", "_")
        if gen.chance(rng, 0.2):
            site[f"{folder}-{version}.egg-info"] = {"PKG-INFO": _metadata(name, version)}
        else:
            site[f"{folder}-{version}.dist-info"] = {
                "METADATA": _metadata(name, version),
                "RECORD": "",
                "INSTALLER": "pip\n",
            }
        site[folder.lower()] = {"__init__.py": ""}
    if gen.chance(rng, 0.3):
        site["broken-0.1.dist-info"] = gen.pick(rng, ({}, {"METADATA": _metadata(None, "0.1")}))
    return site


def _packages(rng: random.Random) -> list[str]:
    tools = [gen.pick(rng, (tool, tool.upper(), tool.title())) for tool in TOOLS]
    names = rng.sample(NAMES, rng.randint(0, 6)) + rng.sample(tools, rng.randint(0, 3))
    rng.shuffle(names)
    return names


def venv_tree(rng: random.Random, names: list[str] | None = None) -> dict[str, Any]:
    """A virtual environment's folder, in one of the layouts installers produce, with a
    link to a folder outside it (a source checkout) that deleting must leave alone."""
    names = _packages(rng) if names is None else names
    if gen.chance(rng, 0.25):
        return {
            "pyvenv.cfg": "home = C:\\Python311\nversion = 3.11.9\n",
            "Lib": {"site-packages": _site(rng, names)},
            "Scripts": {"python.exe": "MZ", "activate.bat": "@echo off\n"},
            "src": link("../project/src"),
        }
    versions = ["python3.11"] + (["python3.12"] if gen.chance(rng, 0.3) else [])
    split = rng.randint(0, len(names))
    shares = [names[:split], names[split:]] if len(versions) == 2 else [names]
    tree: dict[str, Any] = {
        "pyvenv.cfg": "home = /usr/bin\ninclude-system-site-packages = false\n",
        "lib": {
            folder: {"site-packages": _site(rng, share)}
            for folder, share in zip(versions, shares, strict=True)
        },
        "bin": {
            "python": link("../../python3.11"),
            "python3": link("python"),
            "activate": "# source me\n",
        },
        "include": {},
        "src": link("../project/src"),
    }
    if gen.chance(rng, 0.7):
        tree["lib64"] = link("lib")
    return tree


def world(rng: random.Random, names: list[str] | None = None) -> dict[str, Any]:
    """The temporary directory: an environment, a project, an interpreter outside."""
    return {
        ".venv": venv_tree(rng, names),
        "python3.11": "the base interpreter\n",
        "project": {"src": {"app.py": "print('hi')\n"}, "notes": {}},
        "half-venv": {"lib": {"python3.11": {"site-packages": {}}}, "pyvenv.cfg": {}},
    }


def checked(solution, tree, target, as_str):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as directory:
        root = build_tree(directory, tree)
        path = root / target
        return solution.is_virtualenv(str(path) if as_str else path)


def frozen(solution, tree, target, as_str):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as directory:
        root = build_tree(directory, tree)
        path = root / target
        return observe(solution.frozen_requirements, str(path) if as_str else path,
                       errors=ERRORS, message="pyvenv.cfg")  # fmt: skip


def _texts(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*.txt"))
        if path.is_file() and not path.is_symlink() and "site-packages" not in path.parts
    }


def saved(solution, tree, target, destination):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as directory:
        root = build_tree(directory, tree)
        outcome = observe(solution.save_requirements, root / target, str(root / destination),
                          errors=ERRORS)  # fmt: skip
        return {"outcome": outcome, "texts": _texts(root)}


def removed(solution, tree, target, requirements, active):  # type: ignore[no-untyped-def]
    """``remove_virtualenv``: the outcome, what is left, and the saved text."""
    with tempfile.TemporaryDirectory() as directory:
        root = build_tree(directory, tree)
        prefix = sys.prefix
        if active:
            sys.prefix = str(root / active)
        try:
            outcome = observe(solution.remove_virtualenv, root / target, root / requirements,
                              errors=ERRORS)  # fmt: skip
        finally:
            sys.prefix = prefix
        return {"outcome": outcome, "tree": list_tree(root), "texts": _texts(root)}


def removed_message(solution, tree, requirements, active):  # type: ignore[no-untyped-def]
    """Only whether the refusal's message says what the instructions ask."""
    with tempfile.TemporaryDirectory() as directory:
        root = build_tree(directory, tree)
        prefix = sys.prefix
        sys.prefix = str(root / active) if active else prefix
        try:
            word = "deactivate" if active else "inside"
            return observe(solution.remove_virtualenv, root / ".venv", root / requirements,
                           errors=ERRORS, message=word)  # fmt: skip
        finally:
            sys.prefix = prefix


INSIDE = (".venv/requirements.txt", ".venv/lib/requirements.txt", "project/../.venv/req.txt",
          ".venv/bin/../reqs.txt")  # fmt: skip
OUTSIDE = ("requirements.txt", "project/requirements.txt", ".venv/../reqs.txt",
           "project/notes/frozen.txt")  # fmt: skip
BESIDE = (".venv-requirements.txt", ".venv.txt")  # siblings whose names extend ".venv"


def cases(rng: random.Random) -> Iterator[Case]:
    """About 90 cases per seed."""
    for _ in range(6):
        tree = world(rng)
        for target in (".venv", "project", "half-venv", "missing", ".venv/pyvenv.cfg",
                       ".venv/lib"):  # fmt: skip
            yield Case.probe(checked, tree, target, gen.chance(rng, 0.5), task=1)
    for _ in range(25):
        yield Case.probe(frozen, world(rng), ".venv", gen.chance(rng, 0.5), task=2)
    for target in ("project", "half-venv", "missing"):
        yield Case.probe(frozen, world(rng), target, False, task=2, group="not a venv")
    spelled = [*TOOLS_SPELLED, gen.pick(rng, NAMES)]
    yield Case.probe(frozen, world(rng, spelled), ".venv", False, task=2, group="tools spelled")
    for _ in range(10):
        destination = gen.pick(rng, ("requirements.txt", "project/reqs.txt"))
        yield Case.probe(saved, world(rng), ".venv", destination, task=3)
    yield Case.probe(saved, world(rng), "project", "requirements.txt", task=3)
    for _ in range(10):
        yield Case.probe(removed, world(rng), ".venv", gen.pick(rng, OUTSIDE), None, task=4)
    for requirements in BESIDE:
        yield Case.probe(removed, world(rng), ".venv", requirements, None, task=4)
    for requirements in INSIDE:
        yield Case.probe(removed, world(rng), ".venv", requirements, None, task=4)
    for target in ("project", "half-venv"):
        yield Case.probe(removed, world(rng), target, "requirements.txt", None, task=4)
    for active in (".venv", ".venv/.", "project/../.venv", "project"):
        yield Case.probe(removed, world(rng), ".venv", "requirements.txt", active, task=4)
    yield Case.probe(removed, world(rng), "project", "requirements.txt", "project", task=4)
    yield Case.probe(removed, world(rng), ".venv", ".venv/req.txt", ".venv", task=4)
    for requirements in INSIDE[:2]:
        yield Case.probe(removed_message, world(rng), requirements, None, task=4,
                         group="refusal messages")  # fmt: skip
    yield Case.probe(removed_message, world(rng), "requirements.txt", ".venv", task=4,
                     group="refusal messages")  # fmt: skip
