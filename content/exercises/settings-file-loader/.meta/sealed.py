"""Sealed cases for settings-file-loader: lines with values holding "=", empty values,
comments after spaces, "#" inside keys and values, lines without "=" or without a key,
unicode and tabs; real files in a temporary directory (missing, empty, with CRLF line
endings, with a bad line early or late, repeated keys); the error's class (the learner's
SettingsError), message and line number; defaults checked afterwards; settings saved into
missing folders and loaded back."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pyhero.sealed import Case, gen, observe
from pyhero.sealed.fs import build_tree, list_tree

SOLUTION = "settings_file_loader"

GOOD = ("host = 0.0.0.0", "port=8080", "  port = 9090  ", "url = http://x?a=b&c=d", "empty =",
        "name = café crème", "tab\t=\tvalue", "key#1 = a # not a comment", "a = b = c")  # fmt: skip
SKIPPED = ("", "   ", "# comment", "   # port = 80", "#", "\t")
BAD = ("port 8080", "= 8080", "   =", "just words", "→ arrow")


def _observe(function, *args):  # type: ignore[no-untyped-def]
    outcome = observe(function, *args, errors=("SettingsError",), message=True)
    number = getattr(outcome.exception, "line_number", None)
    return {"outcome": outcome, "line_number": number}


def settings_error(solution, number, text):  # type: ignore[no-untyped-def]
    err = solution.SettingsError(number, text)
    return {"is a ValueError": isinstance(err, ValueError), "message": str(err),
            "line_number": err.line_number, "text": err.text}  # fmt: skip


def parse_line(solution, line, number):  # type: ignore[no-untyped-def]
    return _observe(solution.parse_line, line, number)


def load_settings(solution, text, as_str):  # type: ignore[no-untyped-def]
    """``load_settings`` on a file holding ``text`` (``None``: no file); pairs in order."""
    with tempfile.TemporaryDirectory() as directory:
        tree = {} if text is None else {"service.conf": text}
        path = build_tree(directory, tree) / "service.conf"
        result = _observe(solution.load_settings, str(path) if as_str else path)
        value = result["outcome"].value
        if isinstance(value, dict):
            result["pairs"] = list(value.items())
        return result


def load_with_defaults(solution, text, defaults):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as directory:
        tree = {} if text is None else {"service.conf": text}
        path = build_tree(directory, tree) / "service.conf"
        given = dict(defaults)
        result = solution.load_with_defaults(path, given)
        return {"result": list(result.items()), "defaults unchanged": given == defaults,
                "new dict": result is not given}  # fmt: skip


def save_and_load(solution, folder, settings):  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory, *folder, "service.conf")
        solution.save_settings(path, settings)
        written = path.read_bytes()
        loaded = solution.load_settings(path)
        return {"bytes": written, "loaded": list(loaded.items()),
                "tree": list_tree(directory)}  # fmt: skip


def _lines(rng: random.Random, bad: float) -> list[str]:
    lines = []
    for _ in range(gen.size(rng, large=40)):
        pool = gen.pick(rng, (GOOD, GOOD, SKIPPED))
        lines.append(gen.pick(rng, pool))
    if lines and gen.chance(rng, bad):
        lines[rng.randrange(len(lines))] = gen.pick(rng, BAD)
    return lines


def cases(rng: random.Random) -> Iterator[Case]:
    for number, text in ((7, "port 8080"), (1, ""), (120, "café 'quoted'")):
        yield Case.probe(settings_error, number, text, task=1)
    for line in GOOD + SKIPPED + BAD:
        ending = gen.pick(rng, ("", "\n", "\r\n"))
        yield Case.probe(parse_line, line + ending, rng.randint(1, 500), task=1)
    for _ in range(25):
        lines = _lines(rng, 0.4)
        ending = gen.pick(rng, ("\n", "\n", "\r\n"))
        text = ending.join(lines) + (ending if gen.chance(rng, 0.7) else "")
        yield Case.probe(load_settings, text, gen.chance(rng, 0.5), task=2)
    yield Case.probe(load_settings, None, False, task=2)
    yield Case.probe(load_settings, "", True, task=2)
    for _ in range(12):
        text = None if gen.chance(rng, 0.3) else "\n".join(_lines(rng, 0.0))
        defaults = {"port": "80", "debug": "false", "host": "localhost"}
        yield Case.probe(load_with_defaults, text, defaults, task=3)
    for _ in range(12):
        keys = ("port", "host", "url", "Zeta", "alpha", "café", "b2")
        values = ("8080", "", "http://x?a=b", "a # b", "été")
        settings = {key: gen.pick(rng, values) for key in gen.some(rng, keys)}
        folder = gen.pick(rng, ((), ("etc",), ("etc", "app", "new")))
        yield Case.probe(save_and_load, list(folder), settings, task=4)
