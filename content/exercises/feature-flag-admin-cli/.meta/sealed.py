"""Sealed cases for feature-flag-admin-cli: sessions of generated command lines run through
typer's CliRunner in an empty directory, some starting from an existing or an unusable
store, with the store named by --store, FLAGCTL_STORE or the default. Observed per command:
the exit status, standard output (parsed for --json), standard error (only whether there
is some for usage errors, whose wording is typer's), and any exception that escaped; at the
end, every file left in the directory."""

from __future__ import annotations

import json
import os
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "feature_flag_admin_cli"

NAMES = ("checkout-v2", "dark-mode", "new-search", "abc", "zeta-export", "a" + "-b" * 19 + "c")
BAD_NAMES = ("Checkout", "ab", "2fa-login", "new_search", "a" * 41, "dark mode", "", "café-menu",
             "-dash", "UPPER")  # fmt: skip
ROLLOUTS = ("0", "1", "24", "25", "50", "50", "99", "100")
BAD_ROLLOUTS = ("101", "-1", "ten", "12.5", "", "1e2")
OWNERS = ("payments", " search ", "data", "Growth Team", "data ")
BAD_OWNERS = ("", "   ", "\t")
USERS = ("u33", "u44", "u146", "user-42", "", "zoë", "u" * 60, "42")
STORES = ("flags.json", "staging.json", "prod.json")
BROKEN = ("{broken", "[]", '"flags"', "", "null")


def _observe_result(result: Any, args: list[str]) -> dict[str, Any]:
    crash = result.exception
    seen: dict[str, Any] = {
        "status": result.exit_code,
        "crash": None if crash is None or isinstance(crash, SystemExit) else type(crash).__name__,
    }
    stdout = result.stdout
    if "--json" in args and result.exit_code == 0:
        try:
            seen["json"] = json.loads(stdout)
        except ValueError:
            seen["stdout"] = stdout
    else:
        seen["stdout"] = stdout
    seen["stderr"] = bool(result.stderr) if result.exit_code == 2 else result.stderr
    return seen


def _left(directory: Path) -> dict[str, Any]:
    files: dict[str, Any] = {}
    for path in sorted(directory.iterdir()):
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            files[path.name] = json.loads(text)
        except ValueError:
            files[path.name] = text
    return files


def session(solution, files, invocations):  # type: ignore[no-untyped-def]
    """Write ``files``, then run each ``(args, store_env)`` in an empty directory."""
    from typer.testing import CliRunner

    runner = CliRunner()
    seen: list[Any] = []
    before = os.getcwd()
    with tempfile.TemporaryDirectory() as name:
        directory = Path(name)
        for file_name, text in files.items():
            (directory / file_name).write_text(text, encoding="utf-8")
        os.chdir(directory)
        try:
            for args, store_env in invocations:
                result = runner.invoke(solution.app, args, env={"FLAGCTL_STORE": store_env})
                seen.append(_observe_result(result, args))
        finally:
            os.chdir(before)
        seen.append(_left(directory))
    return seen


def _name(rng: random.Random, bad: float = 0.08) -> str:
    return gen.pick(rng, BAD_NAMES) if gen.chance(rng, bad) else gen.pick(rng, NAMES)


def _command(rng: random.Random) -> list[str]:
    """One command line, with at most one usage error in it."""
    kind = gen.pick(rng, ("create", "create", "set-rollout", "delete", "list", "list", "check",
                          "check", "version", "broken"))  # fmt: skip
    if kind == "create":
        options = []
        if gen.chance(rng, 0.7):
            rollouts = BAD_ROLLOUTS if gen.chance(rng, 0.1) else ROLLOUTS
            options.append(["--rollout", gen.pick(rng, rollouts)])
        if gen.chance(rng, 0.5):
            owners = BAD_OWNERS if gen.chance(rng, 0.1) else OWNERS
            options.append(["--owner", gen.pick(rng, owners)])
        name = _name(rng)
        return ["create", name, *(part for option in gen.shuffled(rng, options) for part in option)]
    if kind == "set-rollout":
        percent = gen.pick(rng, BAD_ROLLOUTS if gen.chance(rng, 0.1) else ROLLOUTS)
        return ["set-rollout", _name(rng, 0.05), percent]
    if kind == "delete":
        return ["delete", _name(rng, 0.05), *(["--yes"] if gen.chance(rng, 0.7) else [])]
    if kind == "list":
        args = ["list"]
        if gen.chance(rng, 0.4):
            args += ["--sort", gen.pick(rng, ("name", "rollout", "rollout", "Rollout", "owner"))]
        if gen.chance(rng, 0.4):
            args += ["--min-rollout", gen.pick(rng, ("0", "25", "50", "100", "101"))]
        if gen.chance(rng, 0.3):
            args += ["--owner", gen.pick(rng, OWNERS)]
        if gen.chance(rng, 0.4):
            args.append("--json")
        return args
    if kind == "check":
        return ["check", _name(rng, 0.05), gen.pick(rng, USERS)]
    if kind == "version":
        return ["--version", *gen.pick(rng, ([], ["list"], ["create", "Bad"]))]
    return gen.pick(rng, (["create"], ["rename", "abc"], ["list", "--colour"], ["check", "abc"],
                          ["set-rollout", "abc"], ["delete"]))  # fmt: skip


def _invocation(rng: random.Random) -> tuple[list[str], str | None]:
    args = _command(rng)
    how = gen.pick(rng, ("default", "default", "option", "env", "both"))
    option = ["--store", gen.pick(rng, STORES)]
    env = gen.pick(rng, STORES)
    if how == "option":
        return [*option, *args], None
    if how == "env":
        return args, env
    if how == "both":
        return [*option, *args], env
    return args, None


def _store(rng: random.Random) -> str:
    flags = {}
    for name in gen.some(rng, NAMES, rng.randint(1, 4)):
        owner = gen.pick(rng, (None, "payments", "data", "search"))
        flags[name] = {"rollout": int(gen.pick(rng, ROLLOUTS)), "owner": owner}
    return json.dumps(flags)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 130 cases and 300 command lines per seed (each costs typer a few ms)."""
    for _ in range(30):
        steps = [_invocation(rng) for _ in range(rng.randint(1, 8))]
        yield Case.probe(session, {}, steps, task=1, group="sessions from an empty directory")
    for _ in range(20):
        files = {gen.pick(rng, STORES): _store(rng)}
        steps = [_invocation(rng) for _ in range(rng.randint(1, 6))]
        yield Case.probe(session, files, steps, task=3, group="sessions on an existing store")
    for _ in range(8):
        files = {gen.pick(rng, STORES): gen.pick(rng, BROKEN)}
        steps = [_invocation(rng) for _ in range(rng.randint(1, 4))]
        yield Case.probe(session, files, steps, task=1, group="sessions on an unusable store")
    for _ in range(60):
        user = gen.pick(rng, USERS) if gen.chance(rng, 0.3) else f"user-{rng.randint(0, 10**6)}"
        yield Case.call("bucket", gen.pick(rng, NAMES), user, task=4)
    for _ in range(10):
        names = gen.some(rng, NAMES, 2)
        files = {"flags.json": json.dumps({name: {"rollout": int(gen.pick(rng, ROLLOUTS)),
                                                 "owner": None} for name in names})}  # fmt: skip
        steps = [(["check", gen.pick(rng, names), gen.pick(rng, USERS)], None) for _ in range(6)]
        yield Case.probe(session, files, steps, task=4, group="check")
