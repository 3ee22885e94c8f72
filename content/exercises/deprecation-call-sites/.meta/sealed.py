"""Sealed cases for deprecation-call-sites.

Every call comes from a function of this file, several frames above the probe, so that
even an implementation that looks one or two frames too far up stays inside this file.
Lines are observed relative to the first line of the function that made the call.
"""

from __future__ import annotations

import logging
import os
import random
from collections.abc import Callable, Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "deprecation_call_sites"
HERE = os.path.basename(__file__)


def _where(function: Callable[..., Any], filename: str, lineno: int) -> dict[str, Any]:
    return {"this file": filename == HERE, "line": lineno - function.__code__.co_firstlineno}


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def old_fetch(*args: Any, **kwargs: Any) -> Any:
    return ["fetch", args, kwargs]


def legacy_export(*args: Any, **kwargs: Any) -> Any:
    return ["export", len(args), sorted(kwargs)]


def v1_sync(*args: Any, **kwargs: Any) -> Any:
    return None


def broken_import(*args: Any, **kwargs: Any) -> Any:
    """Always fails: its call is logged all the same."""
    raise LookupError(f"no importer for {args!r}")


TARGETS = {"old_fetch": old_fetch, "legacy_export": legacy_export, "v1_sync": v1_sync,
           "broken_import": broken_import}  # fmt: skip


def site_loop(function: Callable[..., Any], times: int, args: list[Any]) -> list[Any]:
    results = []
    for _ in range(times):
        results.append(function(*args))
    return results


def site_keywords(function: Callable[..., Any], times: int, args: list[Any]) -> list[Any]:
    return [function(*args, page=2, dry_run=True) for _ in range(times)]


class Worker:
    def handle(self, function: Callable[..., Any], times: int, args: list[Any]) -> list[Any]:
        results = []
        while len(results) < times:
            results.append(function(*args))
        return results


def site_method(function: Callable[..., Any], times: int, args: list[Any]) -> list[Any]:
    return Worker().handle(function, times, args)


SITES = {"site_loop": site_loop, "site_keywords": site_keywords, "site_method": site_method}
SITE_FUNCTIONS = {"site_loop": site_loop, "site_keywords": site_keywords,
                  "site_method": Worker.handle}  # fmt: skip


def _configuration(log: logging.Logger) -> dict[str, Any]:
    """What the application configures: the logger's level, handlers and propagation."""
    return {
        "level": log.level,
        "handlers": [type(handler).__name__ for handler in log.handlers],
        "propagate": log.propagate,
        "disabled": log.disabled,
    }


def warnings_from(solution, target, replacement, site, times, args):  # type: ignore[no-untyped-def]
    """Decorate ``target``, call it ``times`` times from ``site``: results and records."""
    keep = _Keep()
    log = logging.getLogger("deprecations")
    log.addHandler(keep)
    try:
        wrapped = solution.deprecated(replacement)(TARGETS[target])
        results = observe(SITES[site], wrapped, times, args)
    finally:
        log.removeHandler(keep)
    return {
        "results": results,
        "name kept": getattr(wrapped, "__name__", None) == target,
        "doc kept": getattr(wrapped, "__doc__", None) == TARGETS[target].__doc__,
        "wrapped": getattr(wrapped, "__wrapped__", None) is TARGETS[target],
        "logger left alone": _configuration(log),
        "records": [
            {
                "message": record.getMessage(),
                "level": record.levelname,
                "function": record.funcName,
                "deprecated": getattr(record, "deprecated", None),
                "replacement": getattr(record, "replacement", None),
                **_where(SITE_FUNCTIONS[site], record.filename, record.lineno),
            }
            for record in keep.records
        ],
    }


def route_d(solution: Any, depth: int) -> Any:
    return solution.caller(depth)


def route_c(solution: Any, depth: int) -> Any:
    return route_d(solution, depth)


def route_b(solution: Any, depth: int) -> Any:
    found = route_c(solution, depth)
    return found


def route_a(solution: Any, depth: int) -> Any:
    return (lambda: route_b(solution, depth))()


def route_top(solution: Any, depth: int) -> Any:
    return route_a(solution, depth)


ROUTE = {"route_c": route_c, "route_b": route_b, "<lambda>": route_a, "route_a": route_a}


def caller_via(solution, depth):  # type: ignore[no-untyped-def]
    """``caller(depth)`` asked by ``route_d``: which function, file and line it names."""
    site = route_top(solution, depth)
    function, filename, lineno = site
    described = {"type": type(site).__name__, "function": function}
    origin = ROUTE.get(function)
    if origin is not None:
        described.update(_where(origin, filename, lineno))
    return described


def report(solution, calls, unrelated):  # type: ignore[no-untyped-def]
    """Calls of decorated functions from several sites into a ``CallSiteReport``, with
    ``unrelated`` other warnings: its sites and its rendering."""
    handler = solution.CallSiteReport()
    log = logging.getLogger("deprecations")
    log.addHandler(handler)
    try:
        for target, site, times in calls:
            SITES[site](solution.deprecated("replacement")(TARGETS[target]), times, [])
        for _ in range(unrelated):
            log.warning("disk almost full")
    finally:
        log.removeHandler(handler)
    sites = handler.sites()
    return {"sites": [tuple(site) for site in sites], "render": handler.render()}


def cases(rng: random.Random) -> Iterator[Case]:
    """About 60 cases per seed."""
    for _ in range(24):
        target = gen.pick(rng, tuple(TARGETS))
        replacement = gen.pick(rng, ("fetch_orders", "export_v2", "sync", gen.word(rng)))
        site = gen.pick(rng, tuple(SITES))
        args = [gen.pick(rng, (1, "acme", None)) for _ in range(rng.randint(0, 2))]
        times = gen.pick(rng, (1, 1, 2, 3))
        yield Case.probe(warnings_from, target, replacement, site, times, args, task=1)
    for site in SITES:
        yield Case.probe(warnings_from, "broken_import", "import_v2", site, 2, [gen.word(rng)],
                         task=1, group="a call that raises")  # fmt: skip
    for depth in (1, 2, 3, 4, 1, 2):
        yield Case.probe(caller_via, depth, task=2)
    for depth in (0, -1, -5):
        yield Case.probe(caller_via, depth, task=2, message="depth", group="bad depth")
    for _ in range(20):
        calls = [
            (gen.pick(rng, tuple(TARGETS)), gen.pick(rng, tuple(SITES)), rng.randint(1, 4))
            for _ in range(rng.randint(1, 5))
        ]
        yield Case.probe(report, calls, rng.randint(0, 2), task=3)
    yield Case.probe(report, [], 3, task=3)
