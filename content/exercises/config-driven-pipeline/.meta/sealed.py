"""Sealed cases for config-driven-pipeline.

Records with ``0``, ``""``, ``False`` and ``None`` values and absent fields, amounts that are
not binary fractions and factors that do not round to cents, unicode field names, counts
that are zero or negative. Steps in probes are recording functions, so the order and the
number of calls are observed, and a step registered in the learner's ``STEPS`` shows
whether anything runs when the pipeline is built. Every probe also checks that its input
was left as it was.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe
from pyhero.sealed.record import Recorder

SOLUTION = "config_driven_pipeline"

FIELDS = ("cents", "qty", "prix €", "größe", "n")
EMPTY_VALUES = (None, 0, "", False, 0.0)
FACTORS = (0.01, 0.1, 0.001, 1.5, 0.3, -1.0, 2.5, 0.07)


def _value(rng: random.Random) -> Any:
    roll = rng.random()
    if roll < 0.25:
        return gen.pick(rng, EMPTY_VALUES)
    if roll < 0.6:
        return gen.integer(rng, -5000, 10**6)
    return float(gen.decimal(rng, places=gen.pick(rng, (1, 2, 3)), lo=-1000, hi=10**5))


def _record(rng: random.Random, index: int, *, numeric: tuple[str, ...] = ()) -> dict[str, Any]:
    """A record with a ``sku``, some of :data:`FIELDS` (``numeric`` ones always, as numbers)."""
    record: dict[str, Any] = {"sku": f"{gen.word(rng, ascii_only=True)}-{index}"}
    for field in FIELDS:
        if field in numeric:
            record[field] = _number(rng)
        elif gen.chance(rng, 0.7):
            record[field] = _value(rng)
    return record


def _number(rng: random.Random) -> int | float:
    if gen.chance(rng, 0.4):
        return gen.integer(rng, -5000, 10**6)
    return float(gen.decimal(rng, places=gen.pick(rng, (1, 2, 3)), lo=-1000, hi=10**5))


def _records(rng: random.Random, *, numeric: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    return [_record(rng, index, numeric=numeric) for index in range(gen.size(rng, large=50))]


def compose_chain(solution, plan, inputs):  # type: ignore[no-untyped-def]
    """Steps ``(name, times, plus)`` compute ``value * times + plus`` and log their calls;
    the composed function is called on every one of ``inputs``."""
    recorder = Recorder()

    def make(name: str, times: int, plus: int) -> Any:
        def step(value: int) -> int:
            recorder.log.append((name, value))
            return value * times + plus

        return step

    composed = solution.compose(*(make(*spec) for spec in plan))
    results = [observe(composed, value) for value in inputs]
    return {"results": results, "log": list(recorder.log)}


def step_call(solution, name, records, options):  # type: ignore[no-untyped-def]
    """One step on the records: what it returns, and whether the records are unchanged."""
    given = copy.deepcopy(records)
    outcome = observe(getattr(solution, name), given, **options)
    return {"result": outcome, "input unchanged": given == records}


def pipeline_run(solution, config, records):  # type: ignore[no-untyped-def]
    """The pipeline built from ``config`` run on the records, then run again (which must
    give the same records: a pipeline keeps no state between runs)."""
    pipeline = solution.build_pipeline(copy.deepcopy(config))
    given = copy.deepcopy(records)
    first = observe(pipeline, given)
    again = observe(pipeline, given)
    return {"first": first, "second run alike": again.data == first.data,
            "input unchanged": given == records}  # fmt: skip


def empty_pipeline(solution, records):  # type: ignore[no-untyped-def]
    pipeline = solution.build_pipeline([])
    return {"same object": pipeline(records) is records}


def registered_steps(solution, config, bad):  # type: ignore[no-untyped-def]
    """Recording steps registered in ``STEPS`` under ``tag_a``/``tag_b``: the calls made
    while building (none may run), then while running; ``bad`` adds an unknown option to
    the last step, which must fail when building."""
    recorder = Recorder()

    def tagged(records: list[Any], tag: str, note: str = "") -> list[Any]:
        recorder.log.append(("step", tag, note, len(records)))
        return [*records, tag]

    names = ("tag_a", "tag_b")
    for name in names:
        solution.STEPS[name] = tagged
    try:
        options = [dict(step) for _, step in config]
        if bad:
            options[-1]["colour"] = "red"
        steps = [(name, step) for (name, _), step in zip(config, options, strict=True)]
        built = observe(solution.build_pipeline, steps)
        recorder.log.append(("built",))
        if built.returned:
            recorder.log.append(("result", built.value([])))
        return {"built": "returned" if built.returned else built, "log": list(recorder.log)}
    finally:
        for name in names:
            del solution.STEPS[name]


def total(solution, records, field):  # type: ignore[no-untyped-def]
    """The sum as a number (an ``int`` and a ``float`` of the same value agree)."""
    result = solution.total(records, field)
    return float(result) if isinstance(result, int | float) else result


def merge_counts(solution, counters, as_iterator):  # type: ignore[no-untyped-def]
    given = copy.deepcopy(counters)
    merged = solution.merge_counts(iter(given) if as_iterator else given)
    return {"merged": merged, "input unchanged": given == counters}


def _config(rng: random.Random) -> list[tuple[str, dict[str, Any]]]:
    """A valid recipe for :func:`_pipeline_records`: a scaled field is a number, because
    the records without it are dropped right before."""
    config: list[tuple[str, dict[str, Any]]] = []
    fields = list(FIELDS)
    for _ in range(gen.pick(rng, (1, 2, 3, 4, 5))):
        kind = gen.pick(rng, ("drop_missing", "rename", "scale"))
        field = gen.pick(rng, fields)
        if kind == "drop_missing":
            config.append((kind, {"field": field}))
        elif kind == "scale":
            config.append(("drop_missing", {"field": field}))
            config.append((kind, {"field": field, "factor": gen.pick(rng, FACTORS)}))
        else:
            new = f"{field}_{len(config)}"
            config.append((kind, {"old": field, "new": new}))
            fields[fields.index(field)] = new
    return config


def _pipeline_records(rng: random.Random) -> list[dict[str, Any]]:
    """Records whose fields are absent, ``None`` or numbers (``0`` included)."""
    records = []
    for index in range(gen.size(rng, large=50)):
        record: dict[str, Any] = {"sku": f"{gen.word(rng, ascii_only=True)}-{index}"}
        for field in FIELDS:
            roll = rng.random()
            if roll > 0.2:
                record[field] = None if roll < 0.35 else _number(rng)
        records.append(record)
    return records


def _compose_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(20):
        plan = [(f"s{index}", gen.pick(rng, (1, 2, 3, -1, 10)), gen.pick(rng, (0, 1, 5, -7)))
                for index in range(gen.pick(rng, (0, 1, 2, 3, 5, 8)))]  # fmt: skip
        inputs = [gen.integer(rng, -100, 100) for _ in range(rng.randint(1, 3))]
        yield Case.probe(compose_chain, plan, inputs, task=1)


def _step_cases(rng: random.Random) -> Iterator[Case]:
    for field in ("sku", "note"):  # CSV exports write empty cells as ""
        records = [{"sku": "", "note": ""}, {"sku": "x", "note": "ok"}, {"sku": "", "note": None}]
        yield Case.probe(step_call, "drop_missing", records, {"field": field}, task=2)
    for value in EMPTY_VALUES:  # every kind of empty value next to real ones
        records = [
            {"sku": "a", "n": 1},
            {"sku": "b", "n": value},
            {"sku": "c"},
            {"sku": "d", "n": 0},
        ]
        yield Case.probe(step_call, "drop_missing", records, {"field": "n"}, task=2)
    for _ in range(25):
        field = gen.pick(rng, (*FIELDS, "absent"))
        yield Case.probe(step_call, "drop_missing", _records(rng), {"field": field}, task=2)
    for _ in range(20):
        old = gen.pick(rng, (*FIELDS, "absent", "sku"))
        new = old if gen.chance(rng, 0.1) else gen.pick(rng, ("euros", "Größe", "n°", "x y"))
        records = [r for r in _records(rng) if new == old or new not in r]
        yield Case.probe(step_call, "rename", records, {"old": old, "new": new}, task=2)
    for _ in range(20):
        field = gen.pick(rng, FIELDS)
        options = {"field": field, "factor": gen.pick(rng, FACTORS)}
        yield Case.probe(step_call, "scale", _records(rng, numeric=(field,)), options, task=2)


def _pipeline_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        yield Case.probe(pipeline_run, _config(rng), _pipeline_records(rng), task=3)
    for _ in range(2):
        yield Case.probe(empty_pipeline, _records(rng), task=3)
    group = "build_pipeline: unknown step"
    for name in ("explode", "Scale", "drop-missing", "rename ", "ünïcode", ""):
        config = _config(rng)
        config.insert(rng.randint(0, len(config)), (name, {"field": "cents"}))
        yield Case.call("build_pipeline", config, task=3, group=group, message=True)
    group = "build_pipeline: bad options"
    bad = ({}, {"field": "cents", "factor": 2, "fcator": 3}, {"old": "a"}, {"field": "x", "by": 1})
    for options in bad:
        for kind in ("drop_missing", "rename", "scale"):
            config = _config(rng)
            config.insert(rng.randint(0, len(config)), (kind, options))
            yield Case.call("build_pipeline", config, task=3, group=group)
    for bad_option in (False, False, False, True, True, True):
        config = [(gen.pick(rng, ("tag_a", "tag_b")), {"tag": gen.word(rng)})
                  for _ in range(rng.randint(1, 4))]  # fmt: skip
        yield Case.probe(registered_steps, config, bad_option, task=3)


def _fold_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(15):
        field = gen.pick(rng, FIELDS)
        yield Case.probe(total, _records(rng, numeric=(field,)), field, task=4)
    for _ in range(20):
        keys = ("200", "404", "500", "é", "ok", "")
        counters = [
            {key: gen.pick(rng, (0, 1, 2, 7, -1, -3, 10**12)) for key in gen.some(rng, keys)}
            for _ in range(gen.size(rng, large=20))
        ]
        yield Case.probe(merge_counts, counters, gen.chance(rng, 0.3), task=4)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed."""
    yield from _compose_cases(rng)
    yield from _step_cases(rng)
    yield from _pipeline_cases(rng)
    yield from _fold_cases(rng)
