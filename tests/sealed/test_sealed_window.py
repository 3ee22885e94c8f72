"""A case's window: recorders observe fixed points, never the collector's timing."""

from __future__ import annotations

import gc
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from pyhero.sealed import (
    encode_observation,
    generate_cases,
    load_sealed,
    pause_collector,
    run_case,
)
from pyhero.sealed.record import Recorder

from .conftest import ModuleFactory

SEALED = '''
"""Probes that look at a recorder in the ways a probe can get wrong."""

import asyncio
import gc

from pyhero.sealed import Case
from pyhero.sealed.record import Recorder

SOLUTION = "streams"
LOGS = []


class Collecting(list):
    """A list whose encoding runs the cyclic collector first, as an allocation may."""

    def __iter__(self):
        gc.collect()
        return super().__iter__()


def cases(rng):
    yield Case.probe(collector_state)
    yield Case.probe(live_log)
    yield Case.probe(cycle_in_the_learners_code)
    yield Case.probe(async_probe)


def collector_state(solution):
    before = gc.isenabled()
    Recorder()
    return [before, gc.isenabled()]


def live_log(solution):
    """Returns the live log: encoded after the probe, when the recorder is garbage."""
    recorder = Recorder()
    LOGS.append(recorder.log)
    solution.first(recorder.generator("rows", [1, 2]))
    return [Collecting(["collected"]), recorder.log, recorder.unclosed()]


def cycle_in_the_learners_code(solution):
    recorder = Recorder()
    first = solution.first_guarded(recorder.generator("rows", [1, 2]))
    for _ in range(2000):  # allocations: chances for the collector to run
        [[], {}]
    return {"first": first, **recorder.snapshot()}


async def async_probe(solution):
    recorder = Recorder()
    await asyncio.sleep(0)
    recorder.log.append(("after a step",))
    return recorder.log
'''

STREAMS = """
def first(rows):
    for row in rows:
        return row


class Guard:
    '''Closes the rows when it is finalised; caught in a cycle with itself.'''

    def __init__(self, rows):
        self.rows = rows
        self.me = self

    def __del__(self):
        self.rows.close()


def first_guarded(rows):
    Guard(rows)
    for row in rows:
        return row
"""


@pytest.fixture
def sealed(tmp_path: Path) -> Iterator[ModuleType]:
    path = tmp_path / "sealed.py"
    path.write_text(textwrap.dedent(SEALED), encoding="utf-8")
    yield load_sealed(path, "_sealed_window_under_test")
    sys.modules.pop("_sealed_window_under_test", None)


def _observe(sealed: ModuleType, solution: ModuleType, probe: str) -> Any:
    [case] = [case for case in generate_cases(sealed, 1) if case["target"] == probe]
    return run_case(sealed, solution, case)


def _entries(data: Any) -> Any:
    """An encoded log as plain lists."""
    return [entry["$tuple"] for entry in data]


def test_the_collector_is_paused_from_the_first_recorder_until_the_case_is_observed(
    sealed: ModuleType, make_module: ModuleFactory
) -> None:
    streams = make_module("streams", STREAMS)
    assert gc.isenabled()
    assert _observe(sealed, streams, "collector_state") == {"$returned": [True, False]}
    assert gc.isenabled()
    gc.disable()
    try:
        assert _observe(sealed, streams, "collector_state") == {"$returned": [False, False]}
        assert not gc.isenabled(), "a collector the caller paused stays paused"
    finally:
        gc.enable()


def test_encoding_a_live_log_outside_a_case_sees_late_finalisers(
    make_module: ModuleFactory,
) -> None:
    """The hazard: the recorder and its generator form a cycle that only the collector
    frees, and the generator's cleanup then writes into the log being encoded."""
    streams = make_module("streams", STREAMS)
    collecting = load_collecting()
    recorder = Recorder()
    log = recorder.log
    assert streams.first(recorder.generator("rows", [1, 2])) == 1
    del recorder
    encoded = encode_observation([collecting(["collected"]), log])
    assert isinstance(encoded, list)
    assert _entries(encoded[1])[-1] == ["cleanup", "rows", "closed"]


def load_collecting() -> type[list[Any]]:
    class Collecting(list[Any]):
        def __iter__(self) -> Iterator[Any]:
            gc.collect()
            return super().__iter__()

    return Collecting


def test_a_live_log_is_observed_as_it_was_when_the_probe_returned(
    sealed: ModuleType, make_module: ModuleFactory
) -> None:
    streams = make_module("streams", STREAMS)
    observed = _observe(sealed, streams, "live_log")
    _, log, unclosed = observed["$returned"]
    assert _entries(log) == [["start", "rows"], ["yield", "rows", 1]]
    assert unclosed == ["rows"]
    late = sealed.LOGS[-1].late
    assert late == [], "the window held the recorder (and its generators) through encoding"
    gc.collect()
    assert late == [("cleanup", "rows", "closed")], "the finaliser ran, after the seal"


@pytest.mark.parametrize("collector", ["eager", "off"])
def test_a_cycle_in_the_learners_code_is_observed_alike_whenever_the_collector_runs(
    sealed: ModuleType, make_module: ModuleFactory, collector: str
) -> None:
    streams = make_module("streams", STREAMS)
    thresholds = gc.get_threshold()
    if collector == "eager":
        gc.set_threshold(1, 1, 1)
    else:
        gc.disable()
    try:
        observed = _observe(sealed, streams, "cycle_in_the_learners_code")
    finally:
        gc.set_threshold(*thresholds)
        gc.enable()
    assert observed == {
        "$returned": {
            "$dict": [
                ["first", 1],
                ["log", [{"$tuple": ["start", "rows"]}, {"$tuple": ["yield", "rows", 1]}]],
                ["open", ["rows"]],
            ]
        }
    }, "the guard's finaliser never runs inside the case: the rows are open"


def test_an_async_probe_is_sealed_when_its_coroutine_ends(
    sealed: ModuleType, make_module: ModuleFactory
) -> None:
    streams = make_module("streams", STREAMS)
    observed = _observe(sealed, streams, "async_probe")
    assert observed == {"$returned": [{"$tuple": ["after a step"]}]}


def test_a_snapshot_is_a_copy_taken_when_asked() -> None:
    recorder = Recorder()
    rows = recorder.generator("rows", [1, 2])
    next(rows)
    before = recorder.snapshot()
    rows.close()
    assert before == {"log": [("start", "rows"), ("yield", "rows", 1)], "open": ["rows"]}
    assert recorder.snapshot() == {
        "log": [("start", "rows"), ("yield", "rows", 1), ("cleanup", "rows", "closed")],
        "open": [],
    }


def test_a_sealed_recorder_keeps_later_entries_apart() -> None:
    recorder = Recorder()
    rows = recorder.generator("rows", [1, 2])
    next(rows)
    recorder.seal()
    rows.close()
    recorder.log.append(("late",))
    recorder.log.extend([("later",)])
    recorder.log += [("latest",)]
    assert recorder.log == [("start", "rows"), ("yield", "rows", 1)]
    assert recorder.log.late == [("cleanup", "rows", "closed"), ("late",), ("later",), ("latest",)]
    assert recorder.unclosed() == ["rows"], "as it was when sealed"
    for rewrite in (
        recorder.log.clear,
        recorder.log.pop,
        recorder.log.reverse,
        recorder.log.sort,
        lambda: recorder.log.insert(0, ("x",)),
        lambda: recorder.log.remove(("start", "rows")),
        lambda: recorder.log.__setitem__(0, ("x",)),
        lambda: recorder.log.__delitem__(0),
        lambda: recorder.log.__imul__(2),
    ):
        with pytest.raises(RuntimeError, match="sealed"):
            rewrite()
    assert len(recorder.log) == 2


def test_pause_collector_pauses_it_for_the_rest_of_the_case_only(
    tmp_path: Path, make_module: ModuleFactory
) -> None:
    path = tmp_path / "paused.py"
    path.write_text(
        textwrap.dedent(
            """
            import gc

            from pyhero.sealed import Case, pause_collector


            def cases(rng):
                yield Case.probe(paused)


            def paused(solution):
                before = gc.isenabled()
                pause_collector()
                return [before, gc.isenabled()]
            """
        ),
        encoding="utf-8",
    )
    sealed = load_sealed(path, "_sealed_paused_under_test")
    try:
        [case] = generate_cases(sealed, 1)
        assert run_case(sealed, make_module("streams", STREAMS), case) == {
            "$returned": [True, False]
        }
        assert gc.isenabled()
    finally:
        sys.modules.pop("_sealed_paused_under_test", None)
    pause_collector()
    assert gc.isenabled(), "outside a case it does nothing"
