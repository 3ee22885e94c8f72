"""Sealed cases for project-venv-inspector: pyvenv.cfg texts with odd spacing, upper-case
keys, values holding ``=``, quotes, empty values, repeated keys, section headers and lines
without ``=``; environment folders in both layouts, with folders and dangling links named
like interpreters; real environments created into missing, empty and occupied folders;
prefixes that differ only by slashes and ``.`` parts."""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pyhero.sealed import Case
from pyhero.sealed.fs import build_tree, link, list_tree

SOLUTION = "project_venv_inspector"

KEYS = ("home", "Home", "VERSION", "include-system-site-packages", "prompt", "executable",
        "command", "version_info", "Base-Prefix", "ünïcode")  # fmt: skip
VALUES = ("/usr/bin", "3.12.1", "false", "True", "'api'", '"quoted value"', "",
          "/usr/bin/python3 -m venv --prompt=x /srv/.venv", "a=b=c", "  spaced  out  ",
          "C:\\Python312", "café")  # fmt: skip
JUNK = ("", "   ", "[venv]", "just words", "home", "\t")


def _cfg_text(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(0, 9)):
        if rng.random() < 0.25:
            lines.append(rng.choice(JUNK))
            continue
        key, value = rng.choice(KEYS), rng.choice(VALUES)
        left, right = rng.choice(("", " ", "  ")), rng.choice(("", " ", "\t"))
        lines.append(f"{key}{left}={right}{value}{rng.choice(('', ' '))}")
    ending = rng.choice(("\n", "\r\n"))
    return ending.join(lines) + (ending if rng.random() < 0.7 else "")


def read_cfg(solution, text):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as directory:
        if text is not None:
            Path(directory, "pyvenv.cfg").write_bytes(text.encode("utf-8"))
        return solution.read_pyvenv_cfg(directory if len(directory) % 2 else Path(directory))


LAYOUTS = (
    {"bin": {"python": "", "python3": ""}},
    {"Scripts": {"python.exe": "", "pip.exe": ""}},
    {"bin": {"python": ""}, "Scripts": {"python.exe": ""}},
    {"bin": {"python": {}}},
    {"bin": {"python3": ""}},
    {"bin": {"python": link("python3"), "python3": ""}},
    {"bin": {"python": link("missing")}, "Scripts": {"python.exe": ""}},
    {"bin": {"python": link("missing")}},
    {"Scripts": {"python.exe": {}}},
    {"bin": {}, "pyvenv.cfg": "home = /usr\n"},
    {"python": "", "python.exe": ""},
    {},
)


def find_interpreter(solution, tree, as_str):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as directory:
        root = build_tree(Path(directory) / "env", tree)
        found = solution.interpreter(str(root) if as_str else root)
        return str(Path(found).relative_to(root))


def create(solution, occupant, prompt, as_str):  # type: ignore[no-untyped-def]
    """The interpreter's path (relative), the top of the environment, the cfg's prompt and
    site-packages settings, whether pip is there; or the refusal and the untouched tree."""
    with tempfile.TemporaryDirectory() as directory:
        target = Path(directory) / "env"
        if occupant is not None:
            build_tree(target, occupant)
        try:
            python = solution.create_env(str(target) if as_str else target, prompt=prompt)
        except FileExistsError:
            return {"refused": True, "tree": list_tree(target)}
        cfg = (target / "pyvenv.cfg").read_text(encoding="utf-8")
        return {
            "python": str(Path(python).relative_to(target)),
            "runs": Path(python).is_file(),
            "a link to the base interpreter": Path(python).is_symlink(),
            "top": sorted(os.listdir(target)),
            "cfg": sorted(line.split("=")[0].strip() for line in cfg.splitlines() if line),
            "prompt": [line for line in cfg.splitlines() if line.startswith("prompt")],
            "pip": sorted(p.name for p in target.glob("lib/python3*/site-packages/pip*")),
        }


PREFIXES = ("/usr", "/usr/", "/usr/./", "//usr", "/opt/python3.12", "/srv/api/.venv",
            "/srv/api/.venv/", "/srv/api/./.venv", "/srv/api/x/../.venv", "relative/venv",
            "relative/venv/.", "/", "/home/ana/projects/billing/.venv")  # fmt: skip


def active(solution, prefix, base_prefix, virtual_env=None):  # type: ignore[no-untyped-def]
    """``active_env`` while the process's ``VIRTUAL_ENV`` is ``virtual_env`` (or unset), a
    variable it must not read."""
    before = os.environ.get("VIRTUAL_ENV")
    if virtual_env is None:
        os.environ.pop("VIRTUAL_ENV", None)
    else:
        os.environ["VIRTUAL_ENV"] = virtual_env
    try:
        found = solution.active_env(prefix, base_prefix)
    finally:
        if before is None:
            os.environ.pop("VIRTUAL_ENV", None)
        else:
            os.environ["VIRTUAL_ENV"] = before
    return None if found is None else str(found)


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(40):
        yield Case.probe(read_cfg, _cfg_text(rng), task=2)
    yield Case.probe(read_cfg, None, task=2)
    yield Case.probe(read_cfg, "home=/a\nHOME = /b\nhome= /c\n", task=2)
    for tree in LAYOUTS:
        yield Case.probe(find_interpreter, tree, rng.random() < 0.5, task=3)
    occupants = [None, {}, {"notes.txt": "keep"}, {".hidden": {}}, {"bin": {"python": ""}}]
    for occupant in occupants:
        prompt = rng.choice((None, "api", "billing service", "été"))
        yield Case.probe(create, occupant, prompt, rng.random() < 0.5, task=1)
    for prompt in (None, "api", "été"):
        yield Case.probe(create, rng.choice((None, {})), prompt, rng.random() < 0.5, task=1,
                         group="create: prompts")  # fmt: skip
    shells = (None, "/home/ana/other/.venv", "/srv/api/.venv", "")
    for prefix in PREFIXES:
        yield Case.probe(active, prefix, rng.choice(PREFIXES), rng.choice(shells), task=4)
        yield Case.probe(active, prefix, prefix.rstrip("/") or "/", rng.choice(shells), task=4)
