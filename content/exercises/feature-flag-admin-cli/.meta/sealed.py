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
             "-dash", "UPPER", "abc\n", "dark-mode\n", "ab\u0663", "v\u0662-x", "abc\u00b2",
             "\uff41bc", "abc\t", "\nabc")  # fmt: skip
ROLLOUTS = ("0", "1", "24", "25", "50", "50", "99", "100")
BAD_ROLLOUTS = ("101", "-1", "ten", "12.5", "", "1e2")
OWNERS = ("payments", " search ", "data", "Growth Team", "data ")
BAD_OWNERS = ("", "   ", "\t")
USERS = ("u33", "u44", "u146", "user-42", "", "zoë", "u" * 60, "42")
STORES = ("flags.json", "staging.json", "prod.json")
BROKEN = ("{broken", "[]", '"flags"', "", "null")
# Not UTF-8: Latin-1 text, stray continuation bytes, and valid JSON once decoded as Latin-1.
NOT_UTF8 = (b'{"caf\xe9": {"rollout": 5, "owner": null}}', b"\x80\x81{}", b"{\xff}",
            b'{"a": {"rollout": 1, "owner": "\xe9quipe"}}')  # fmt: skip
# Spellings of a store path that pathlib would normalise; the message keeps them as given.
PATH_SPELLINGS = (("flags.json", "./flags.json"), ("conf/flags.json", "conf//flags.json"),
                  ("conf/flags.json", "./conf/./flags.json"), ("staging.json", ".//staging.json"),
                  ("conf/flags.json", "conf/flags.json"))  # fmt: skip
OWNER_STORE = {
    "alpha-api": {"rollout": 10, "owner": "payments"},
    "beta-api": {"rollout": 20, "owner": "Payments"},
    "gamma-api": {"rollout": 30, "owner": "PAYMENTS"},
    "delta-api": {"rollout": 40, "owner": "Growth Team"},
    "eps-api": {"rollout": 50, "owner": "data"},
    "zeta-api": {"rollout": 60, "owner": None},
}
OWNER_FILTERS = ("payments", "Payments", " PAYMENTS ", "pay", "growth team", "Growth Team",
                 "Growth  Team", "data", "Data", "-")  # fmt: skip


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
    for path in sorted(directory.rglob("*")):
        if path.is_dir():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        name = path.relative_to(directory).as_posix()
        try:
            files[name] = json.loads(text)
        except ValueError:
            files[name] = text
    return files


def session(solution, files, invocations):  # type: ignore[no-untyped-def]
    """Write ``files``, then run each ``(args, store_env)`` in an empty directory."""
    from typer.testing import CliRunner

    runner = CliRunner()
    seen: list[Any] = []
    before = os.getcwd()
    with tempfile.TemporaryDirectory() as name:
        directory = Path(name)
        for file_name, content in files.items():
            path = directory / file_name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
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
    for content in (*BROKEN, *NOT_UTF8):
        written, given = gen.pick(rng, PATH_SPELLINGS)
        steps = [(["--store", given, "list"], None), (["create", "abc"], given),
                 (["--store", given, "check", "abc", "u1"], None)]  # fmt: skip
        yield Case.probe(session, {written: content}, steps, task=1, group="unusable stores")
    valid = json.dumps({"checkout-v2": {"rollout": 30, "owner": None}})
    steps = [(["--store", "flags.json", command, name, *rest], None)
             for name in BAD_NAMES
             for command, *rest in (("create",), ("set-rollout", "10"), ("delete", "--yes"),
                                    ("check", "u1"))]  # fmt: skip
    yield Case.probe(session, {"flags.json": valid}, steps, task=2, group="name rules")
    owner_steps = [(["list", "--owner", team, *extra], None)
                   for team in gen.shuffled(rng, list(OWNER_FILTERS))
                   for extra in ([], ["--json"])]  # fmt: skip
    yield Case.probe(session, {"flags.json": json.dumps(OWNER_STORE)}, owner_steps, task=3,
                     group="owner filter")  # fmt: skip
    for _ in range(4):
        rollout = gen.pick(rng, ROLLOUTS)
        files = {"flags.json": json.dumps({"dark-mode": {"rollout": int(rollout), "owner": None}})}
        steps = [(["set-rollout", "dark-mode", rollout], None),
                 (["set-rollout", "dark-mode", rollout], None), (["list"], None)]  # fmt: skip
        yield Case.probe(session, files, steps, task=3, group="set-rollout to the same value")
    for _ in range(60):
        user = gen.pick(rng, USERS) if gen.chance(rng, 0.3) else f"user-{rng.randint(0, 10**6)}"
        yield Case.call("bucket", gen.pick(rng, NAMES), user, task=4)
    for _ in range(10):
        names = gen.some(rng, NAMES, 2)
        files = {"flags.json": json.dumps({name: {"rollout": int(gen.pick(rng, ROLLOUTS)),
                                                 "owner": None} for name in names})}  # fmt: skip
        steps = [(["check", gen.pick(rng, names), gen.pick(rng, USERS)], None) for _ in range(6)]
        yield Case.probe(session, files, steps, task=4, group="check")
