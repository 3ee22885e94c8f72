"""Sealed cases for retry-and-cleanup-contexts.

Resources are recording fakes: the log shows when each factory runs, what every
``__exit__`` receives, and what escapes. The clock and ``sleep`` are fakes too, so timing
is exact. File removal runs on real trees with dot-directories and symbolic links.
"""

from __future__ import annotations

import builtins
import random
import tempfile
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe
from pyhero.sealed.fs import build_tree, link, list_tree
from pyhero.sealed.record import Recorder

SOLUTION = "retry_and_cleanup_contexts"

BLOCK_OUTCOMES = ("ok", "ok", "ValueError", "KeyError", "KeyboardInterrupt", "SystemExit")
READINGS = ((10.0, 12.5), (0.1, 0.3), (1e9, 1e9 + 0.001), (5.0, 5.0), (100.25, 101.0))
#: retry_on (None: the default) -> exceptions it retries (subclasses included) / does not.
RETRY_ON: dict[tuple[str, ...] | None, tuple[tuple[str, ...], tuple[str, ...]]] = {
    None: (("ConnectionError", "TimeoutError", "OSError", "ValueError"), ("KeyboardInterrupt",)),
    ("ConnectionError",): (
        ("ConnectionError", "ConnectionResetError"),
        ("TimeoutError", "KeyError"),
    ),
    ("OSError",): (("ConnectionResetError", "TimeoutError", "OSError"), ("ValueError",)),
    ("ConnectionError", "TimeoutError"): (("TimeoutError", "ConnectionError"), ("OSError",)),
}
FAULTS = (None, None, None, "make", "enter", "exit", "suppress")


def _raise(name: str, message: str) -> None:
    raise getattr(builtins, name)(message)


def timed_block(solution, readings, outcome):  # type: ignore[no-untyped-def]
    """One timed block that ends with ``outcome`` (an exception class name or ``"ok"``),
    on a clock that returns ``readings`` (and keeps going up by 1000 afterwards)."""
    recorder = Recorder()
    values = list(readings)

    def clock() -> float:
        value = values.pop(0) if values else recorder.log[-1][1] + 1000
        recorder.log.append(("clock", value))
        return value

    report = recorder.function("report")

    def block() -> None:
        manager = solution.timed("job", report, clock=clock)
        recorder.log.append(("created",))
        with manager:
            recorder.log.append(("body",))
            if outcome != "ok":
                _raise(outcome, "inside the block")

    return {"outcome": observe(block, message=True), "log": list(recorder.log)}


def retry_loop(solution, max_attempts, script, **options):  # type: ignore[no-untyped-def]
    """The documented loop; attempt n fails with ``script[n - 1]`` (``"ok"`` succeeds) and
    ``retry_on`` is given as class names."""
    recorder = Recorder()
    if options.get("retry_on") is not None:
        options["retry_on"] = tuple(getattr(builtins, name) for name in options["retry_on"])
    created = observe(solution.retry_attempts, max_attempts, sleep=recorder.function("sleep"),
                      message="max_attempts", **options)  # fmt: skip
    if not created.returned:
        return {"created": created, "log": list(recorder.log)}

    def loop() -> None:
        for attempt in created.value:
            with attempt as number:
                recorder.log.append(("attempt", number))
                if len(recorder.log) > 4 * max_attempts + 10:
                    raise RuntimeError("runaway: the attempts never stop")
                outcome = script[number - 1] if 0 < number <= len(script) else "ok"
                if outcome != "ok":
                    _raise(outcome, f"failure {number}")

    return {"outcome": observe(loop, message=True), "log": list(recorder.log)}


def open_resources(solution, resources, block="ok"):  # type: ignore[no-untyped-def]
    """``open_all`` over factories named in ``resources`` (name, fault), where the fault
    makes the factory call, the enter or the exit fail, or the exit suppress; the block
    ends normally or (``block="raises"``) with a RuntimeError."""
    recorder = Recorder()
    factories = []
    for name, fault in resources:
        factories.append(
            recorder.factory(
                name,
                name.upper(),
                fail_call=OSError(f"cannot make {name}") if fault == "make" else None,
                fail_enter=OSError(f"cannot open {name}") if fault == "enter" else None,
                fail_exit=OSError(f"cannot close {name}") if fault == "exit" else None,
                suppress=fault == "suppress",
            )
        )

    def block() -> None:
        with solution.open_all(factories) as values:
            recorder.log.append(("block", values))
            if block == "raises":
                raise RuntimeError("the block failed")
        recorder.log.append(("after the block",))

    return {"outcome": observe(block, message=True), "log": list(recorder.log)}


def remove(solution, tree, target):  # type: ignore[no-untyped-def]
    """``remove_quietly(root / target)`` on a real tree; what is left afterwards."""
    with tempfile.TemporaryDirectory() as directory:
        root = build_tree(directory, tree)
        outcome = observe(solution.remove_quietly, root / target)
        return {"outcome": outcome, "left": list_tree(root)}


def _resources(rng: random.Random) -> list[tuple[str, Any]]:
    """Names with at most two faults. An exit that suppresses is never combined with a
    failing factory or enter: nested ``with`` statements cannot express that case, and the
    instructions leave it open."""
    names = ["db", "cache", "queue", "lock", "s3", "smtp"][: gen.pick(rng, (0, 1, 2, 3, 3, 4, 6))]
    resources = [(name, None) for name in names]
    for index in gen.some(rng, range(len(names)), min(len(names), rng.randint(0, 2))):
        resources[index] = (names[index], gen.pick(rng, FAULTS))
    faults = {fault for _, fault in resources}
    if "suppress" in faults and faults & {"make", "enter"}:
        resources = [(name, None if fault == "suppress" else fault) for name, fault in resources]
    return resources


def _tree(rng: random.Random) -> tuple[dict[str, Any], list[str]]:
    name = gen.pick(rng, ("stale.lock", "café.pid", "job 7.tmp"))
    tree = {
        name: "pid 42",
        "logs": {"app.log": "x", ".keep": ""},
        ".cache": {"lock": ""},
        "to-file": link(name),
        "dangling": link("gone.lock"),
        "to-dir": link("logs"),
    }
    targets = [name, "missing.lock", "logs", ".cache", ".cache/lock", "to-file", "dangling",
               "to-dir", f"{name}/child", "missing-dir/x", "logs/.keep"]  # fmt: skip
    return tree, targets


def cases(rng: random.Random) -> Iterator[Case]:
    """About 110 cases per seed."""
    for _ in range(12):
        readings = gen.pick(rng, READINGS)
        yield Case.probe(timed_block, readings, gen.pick(rng, BLOCK_OUTCOMES), task=1)
    for attempts in (0, -1):
        yield Case.probe(retry_loop, attempts, [], task=2)
    for _ in range(30):
        max_attempts = gen.pick(rng, (1, 2, 3, 4, 5, 6))
        retry_on = gen.pick(rng, list(RETRY_ON))
        retried, not_retried = RETRY_ON[retry_on]
        failures = rng.randint(0, max_attempts + 1)
        script = [gen.pick(rng, retried) for _ in range(failures)]
        script.append("ok" if gen.chance(rng, 0.7) else gen.pick(rng, not_retried))
        options: dict[str, Any] = {}
        if retry_on is not None:
            options["retry_on"] = retry_on
        if gen.chance(rng, 0.7):
            options["base_delay"] = gen.pick(rng, (0.0, 0.1, 0.5, 1, 2.5))
        yield Case.probe(retry_loop, max_attempts, script, task=2, **options)
    for _ in range(40):
        if gen.chance(rng, 0.4):
            yield Case.probe(open_resources, _resources(rng), block="raises", task=3)
        else:
            yield Case.probe(open_resources, _resources(rng), task=3)
    tree, targets = _tree(rng)
    for target in targets:
        yield Case.probe(remove, tree, target, task=4)
    for _ in range(8):
        tree, targets = _tree(rng)
        yield Case.probe(remove, tree, gen.pick(rng, targets), task=4)
