"""Sealed cases for structured-logging-setup.

Values mix every character class the quoting rule separates (ASCII bare characters,
non-ASCII letters and digits, tabs, carriage returns, line separators, quotes and
backslashes together). Records carry unnamed levels (``Level 25``), unicode logger names,
mixed-case field keys, ``%`` and mapping arguments, and timestamps that are binary
fractions of a second (so "milliseconds, truncated" has one answer) from 1970 to 2100.
The configured loggers run on a virtual clock (``patch_time``), each case under its own
base name, and every logger a case touched is reset afterwards. Level aliases (``warn``,
``fatal``, ``notset``), padded level names and two bad entries at once are left out: the
instructions do not decide them.
"""

from __future__ import annotations

import builtins
import io
import logging
import random
import re
import sys
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe
from pyhero.sealed.clock import VirtualClock, patch_time

SOLUTION = "structured_logging_setup"

VALUES: tuple[Any, ...] = (
    "ana", "a-b_c.d:e/f@g+h", "", " ", "two words", 'say "hi"', "back\\slash",
    'mix \\" both', "line\nbreak", "tab\there", "cr\rhere", "sep\u2028here", "café", "١٢٣",
    "ǅ", "a=b", "#hash", "comma,semi;", "%s", "{x}", "🙂", "x" * 120, "\x00nul",
    42, -7, 0, 3.5, -0.25, 1e-07, float("inf"), True, None, b"bytes", [1, "a"], ("t",),
)  # fmt: skip
LEVELS = ((10, "DEBUG"), (20, "INFO"), (25, "Level 25"), (30, "WARNING"), (40, "ERROR"),
          (50, "CRITICAL"), (15, "Level 15"))  # fmt: skip
NAMES = ("app", "app.db", "app.café", "svc.http.client", "root", "x y")
KEYS = ("user", "amount", "Zone", "B", "_private", "a", "ä", "note", "Msg", "rows")
EXCEPTIONS = ("KeyError", "ValueError", "ConnectionResetError", "UnicodeDecodeError")


def _created(rng: random.Random) -> float:
    """Whole seconds plus k/1024 s: a binary fraction, never within a microsecond's
    rounding of a millisecond boundary."""
    return float(rng.randint(0, 4_102_444_799)) + rng.randrange(1024) / 1024


def formatted(solution, spec):  # type: ignore[no-untyped-def]
    """``KeyValueFormatter().format`` of a record built from ``spec``."""
    levelno, levelname = spec["level"]
    attributes: dict[str, Any] = {"name": spec["name"], "levelno": levelno,
                                  "levelname": levelname, "msg": spec["msg"],
                                  "args": spec.get("args"), "created": spec["created"]}  # fmt: skip
    if "args" in spec and isinstance(spec["args"], list):
        attributes["args"] = tuple(spec["args"])
    record = logging.makeLogRecord(attributes)
    if "request_id" in spec:
        record.request_id = spec["request_id"]
    if "fields" in spec:
        record.fields = dict(spec["fields"])
    if "exc" in spec:
        try:
            raise _exception(spec["exc"])
        except Exception:
            record.exc_info = sys.exc_info()
    elif spec.get("empty exc_info"):
        record.exc_info = (None, None, None)
    return solution.KeyValueFormatter().format(record)


def _exception(name: str) -> BaseException:
    if name == "UnicodeDecodeError":
        return UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
    error: BaseException = getattr(builtins, name)("boom")
    return error


def filtered(solution, ids):  # type: ignore[no-untyped-def]
    """A ``RequestIdFilter`` whose provider returns each of ``ids`` in turn."""
    current = list(ids)
    request_filter = solution.RequestIdFilter(lambda: current[0])
    seen = []
    for _ in ids:
        record = logging.makeLogRecord({"name": "app", "msg": "m"})
        kept = request_filter.filter(record)
        seen.append((kept, getattr(record, "request_id", "<unset>")))
        current.pop(0)
    return seen


def _reset_loggers(names: set[str]) -> None:
    """Back to a pristine state: no handlers, no level, propagating."""
    for name in names:
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
        logger.propagate = True


def configured(solution, base, levels, script, epoch):  # type: ignore[no-untyped-def]
    """``configure_logging`` (twice when the script says ``reconfigure``), then the log
    calls of ``script``: what each stream received."""
    clock = VirtualClock(epoch=epoch)
    streams = [io.StringIO()]
    current: list[str | None] = [None]
    touched = {base, *levels}
    try:
        with patch_time(clock, modules=[solution]):
            made = observe(solution.configure_logging, streams[0], base=base, levels=levels,
                           request_id=lambda: current[0])  # fmt: skip
            if not made.returned:
                return {"configure": made}
            for step in script:
                kind = step[0]
                if kind == "reconfigure":
                    streams.append(io.StringIO())
                    solution.configure_logging(streams[-1], base=base, levels=levels,
                                               request_id=lambda: current[0])  # fmt: skip
                    continue
                if kind == "request":
                    current[0] = step[1]
                    continue
                _, name, levelno, msg, args, fields = step
                full = base if name == "" else name if name.startswith("/") else f"{base}.{name}"
                full = full.lstrip("/")
                touched.add(full)
                options: dict[str, Any] = {}
                if fields is not None:
                    options["extra"] = {"fields": fields}
                logging.getLogger(full).log(levelno, msg, *args, **options)
                clock.advance(0.0009765625 * (1 + len(msg)))
        return {"streams": [stream.getvalue() for stream in streams]}
    finally:
        _reset_loggers(touched)


def bad_levels(solution, base, levels, named):  # type: ignore[no-untyped-def]
    """A mapping with one bad entry: ``ValueError`` naming ``named`` (as given)."""
    try:
        return observe(solution.configure_logging, io.StringIO(), base=base, levels=levels,
                       message=re.escape(named))  # fmt: skip
    finally:
        _reset_loggers({base, *levels})


def _record_spec(rng: random.Random) -> dict[str, Any]:
    spec: dict[str, Any] = {"level": list(gen.pick(rng, LEVELS)), "name": gen.pick(rng, NAMES),
                            "created": _created(rng)}  # fmt: skip
    roll = rng.random()
    if roll < 0.3:
        spec["msg"] = "paid %s cents to %r"
        spec["args"] = [gen.pick(rng, VALUES), gen.pick(rng, ("ana", "ünï", 'q"uote'))]
    elif roll < 0.4:
        spec["msg"] = "%(user)s did %(n)d things"
        spec["args"] = {"user": gen.pick(rng, ("ana", "bo b")), "n": rng.randint(0, 9)}
    else:
        spec["msg"] = gen.pick(rng, [v for v in VALUES if isinstance(v, str)])
    if gen.chance(rng, 0.6):
        spec["request_id"] = gen.pick(rng, ("r-1", "req 7", "ünï", "abc-123", 42))
    if gen.chance(rng, 0.6):
        keys = gen.some(rng, KEYS, rng.randint(0, 5))
        spec["fields"] = {key: gen.pick(rng, VALUES) for key in gen.shuffled(rng, keys)}
    if gen.chance(rng, 0.25):
        spec["exc"] = gen.pick(rng, EXCEPTIONS)
    elif gen.chance(rng, 0.1):
        spec["empty exc_info"] = True
    return spec


def _script(rng: random.Random, children: list[str]) -> list[tuple[Any, ...]]:
    script: list[tuple[Any, ...]] = []
    for _ in range(rng.randint(1, 12)):
        roll = rng.random()
        if roll < 0.15:
            script.append(("request", gen.pick(rng, (None, "", "r-1", "req 9", "ünï"))))
        elif roll < 0.2:
            script.append(("reconfigure",))
        else:
            name = gen.pick(rng, ["", *children, "/elsewhere.app"])
            levelno = gen.pick(rng, (10, 15, 20, 25, 30, 40, 50))
            fields = {k: gen.pick(rng, VALUES) for k in gen.some(rng, KEYS, 2)} if gen.chance(
                rng, 0.3) else None  # fmt: skip
            if gen.chance(rng, 0.3):
                script.append(("log", name, levelno, "took %d ms", [rng.randint(0, 999)], fields))
            else:
                message = gen.pick(rng, [v for v in VALUES if isinstance(v, str)])
                script.append(("log", name, levelno, message.replace("%", "%%"), [], fields))
    return script


def cases(rng: random.Random) -> Iterator[Case]:
    """About 100 cases per seed."""
    for value in VALUES:
        yield Case.call("format_value", value, task=1)
    for _ in range(10):
        yield Case.call("format_value", gen.text(rng), task=1)
    for _ in range(30):
        yield Case.probe(formatted, _record_spec(rng), task=2)
    for _ in range(4):
        ids = [
            gen.pick(rng, (None, "", "req-7", " ", "ünï", "0")) for _ in range(rng.randint(1, 5))
        ]
        yield Case.probe(filtered, ids, task=3)
    for number in range(16):
        base = gen.pick(rng, (f"svc{number}", f"app{number}.api"))
        children = ["db", "http", "db.pool", "cache"]
        levels = {}
        for name in gen.some(rng, ["", *children], rng.randint(0, 3)):
            full = f"{base}.{name}" if name else base
            levels[full] = gen.pick(rng, ("debug", "INFO", "Warning", "ERROR", "critical"))
        epoch = float(rng.randint(0, 4_102_444_799)) + rng.randrange(1024) / 1024
        yield Case.probe(configured, base, levels, _script(rng, children), epoch, task=4)
    for number, (levels, named) in enumerate((
        ({"{base}.db": "verbose"}, "verbose"), ({"{base}.db": "Level 10"}, "Level 10"),
        ({"other.db": "INFO"}, "other.db"), ({"{base}x": "INFO"}, "{base}x"),
        ({"{base}.ok": "INFO", "{base}.db": "loud"}, "loud"),
        ({"{base}.ok": "debugging"}, "debugging"),
    )):  # fmt: skip
        base = f"bad{number}"
        levels = {name.format(base=base): level for name, level in levels.items()}
        yield Case.probe(bad_levels, base, levels, named.format(base=base), task=4)
