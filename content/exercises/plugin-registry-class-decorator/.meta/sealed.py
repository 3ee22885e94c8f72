"""Sealed cases for plugin-registry-class-decorator.

Scripts of registrations and lookups on one registry, with classes built in the probe from
plain specs: abstract and concrete ABCs, inherited and ``None``-valued attributes, classes
with several faults at once (the instructions' order decides), names with tabs, newlines,
NBSP, ``ß`` and dotted capitals, lookups in any case, plugins taking a ``name=`` keyword,
and ``required`` given as a one-shot generator. After every step the probe observes what
came back, the class's ``plugin_name`` and, for errors, the exact message.
"""

from __future__ import annotations

import random
from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "plugin_registry_class_decorator"

CLASS_NAMES = ("CsvExporter", "JSONLines", "Parquet", "Straße", "ÉtatExport", "İzmir", "Avro",
               "S3Sink", "Zstd", "xml")  # fmt: skip
EXPLICIT = ("csv", "CSV", " json ", "\tAvro\n", "\u00a0xml\u00a0", "Straße", "STRASSE", "s3",
            "ÉTAT", "İ", "Parquet", "   ", "", "a b")  # fmt: skip
ATTRIBUTES = ("export", "extension", "content_type", "close")
ONLY_CLASSES = "only classes can be registered"


def _build(spec: dict[str, Any]) -> type:
    """A class from ``spec``: its ``name``, ``kind`` (``plain``, ``abstract``, ``concrete``
    or ``inherits``), the ``attrs`` it defines and the ``none_attrs`` it sets to ``None``."""
    namespace: dict[str, Any] = {
        "__init__": lambda self, *args, **kwargs: setattr(self, "got", (args, kwargs)),
    }
    for attr in spec["attrs"]:
        namespace[attr] = lambda self, attr=attr: attr
    for attr in spec["none_attrs"]:
        namespace[attr] = None
    kind = spec["kind"]
    if kind == "plain":
        return type(spec["name"], (), namespace)
    if kind == "inherits":
        base = type("Base", (), dict.fromkeys(ATTRIBUTES, 1))
        return type(spec["name"], (base,), namespace)

    class Exporter(ABC):
        @abstractmethod
        def render(self) -> str: ...

    if kind == "concrete":
        namespace["render"] = lambda self: "done"
    return type(spec["name"], (Exporter,), namespace)


def _result(solution, outcome, *, lookup=False):  # type: ignore[no-untyped-def]
    """A registry error by its exact message (and for a ``lookup``, whether it was raised
    ``from None``); a ``TypeError`` by whether its message starts as the instructions say;
    anything else as observed."""
    exc = outcome.exception
    if exc is None:
        return "returned"
    if isinstance(exc, solution.RegistryError):
        if not lookup:
            return ("RegistryError", str(exc))
        hidden = exc.__cause__ is None and exc.__suppress_context__
        return ("RegistryError", str(exc), "from None" if hidden else "context shown")
    if isinstance(exc, TypeError):
        return ("TypeError", str(exc).startswith(ONLY_CLASSES))
    return outcome


def script(solution, required, as_generator, specs, steps):  # type: ignore[no-untyped-def]
    """``steps`` on one registry; classes are built from ``specs`` and named by index."""
    registry = solution.PluginRegistry(iter(required) if as_generator else required)
    classes = [_build(spec) for spec in specs]
    seen: list[Any] = []
    for step in steps:
        action, *rest = step
        if action == "register":
            name, index = rest
            cls = classes[index]
            if name is None:
                outcome = observe(registry.register, cls)
            else:
                outcome = observe(lambda cls=cls, name=name: registry.register(name)(cls))
            stamped = cls.__dict__.get("plugin_name", "<not stamped>")
            seen.append((action, _result(solution, outcome), outcome.value is cls, stamped))
        elif action == "register other":
            form, thing = rest
            target = {"function": lambda: None, "instance": object(), "number": 42}[thing]
            if form == "bare":
                outcome = observe(registry.register, target)
            else:
                outcome = observe(lambda target=target: registry.register("other")(target))
            seen.append((action, _result(solution, outcome)))
        elif action == "get":
            outcome = observe(registry.get, rest[0])
            found = getattr(outcome.value, "__name__", None)
            seen.append((action, _result(solution, outcome, lookup=True), found))
        elif action == "create":
            name, args, kwargs = rest
            outcome = observe(registry.create, name, *args, **kwargs)
            got = getattr(outcome.value, "got", None)
            found = type(outcome.value).__name__
            seen.append((action, _result(solution, outcome, lookup=True), found, got))
        elif action == "contains":
            seen.append((action, observe(lambda value=rest[0]: value in registry)))
        else:
            seen.append(("state", registry.names(), len(registry)))
    return seen


def _spec(rng: random.Random, name: str, required: list[str], faulty: bool) -> dict[str, Any]:
    """A class spec; unless ``faulty``, one that has every required attribute (some set to
    ``None``, some inherited) and is not abstract."""
    kinds = ("plain", "plain", "inherits", "abstract", "concrete")
    kind = gen.pick(rng, kinds if faulty else ("plain", "inherits", "concrete"))
    attrs = [attr for attr in required if gen.chance(rng, 0.8 if faulty else 0.6)]
    rest = [attr for attr in required if attr not in attrs]
    none_attrs = [attr for attr in rest if not faulty or gen.chance(rng, 0.3)]
    return {"name": name, "kind": kind, "attrs": attrs, "none_attrs": none_attrs}


def _lookup_name(rng: random.Random, known: list[str]) -> str:
    if known and gen.chance(rng, 0.6):
        name = gen.pick(rng, known)
        return gen.pick(rng, (name, name.upper(), f" {name}\t", name.title()))
    return gen.pick(rng, ("xml", " XML ", "ORC", "straße", "strasse", "é", "\tcsv"))


def _script(rng: random.Random, task: int) -> tuple[list[str], list[dict[str, Any]], list[Any]]:
    """Task 1: valid registrations; 2: lookups too; 3: classes and names with faults."""
    required = gen.some(rng, ATTRIBUTES, gen.pick(rng, (0, 0, 1, 2, 3)))
    specs: list[dict[str, Any]] = []
    steps: list[Any] = []
    known: list[str] = []
    for _ in range(rng.randint(2, 9)):
        roll = rng.random() if task > 1 else 0.0
        if roll < 0.45:
            specs.append(_spec(rng, gen.pick(rng, CLASS_NAMES), required, task == 3))
            explicit = None if gen.chance(rng, 0.4) else gen.pick(rng, EXPLICIT)
            name = specs[-1]["name"] if explicit is None else explicit
            if task < 3 and (not name.strip() or name.strip().lower() in known):
                specs.pop()
                continue
            steps.append(("register", explicit, len(specs) - 1))
            known.append(name.strip().lower())
        elif roll < 0.52 and task == 3:
            thing = gen.pick(rng, ("function", "instance", "number"))
            steps.append(("register other", gen.pick(rng, ("bare", "named")), thing))
        elif roll < 0.7:
            steps.append(("get", _lookup_name(rng, known)))
        elif roll < 0.82:
            args = gen.pick(rng, ([], ["raw-events"], [1, 2]))
            kwargs = gen.pick(rng, ({}, {"region": "eu"}, {"name": "nightly"}, {"name": None}))
            steps.append(("create", _lookup_name(rng, known), args, kwargs))
        elif roll < 0.92:
            value = gen.pick(rng, (None, 42, b"csv", ("csv",)))
            steps.append(("contains", _lookup_name(rng, known) if gen.chance(rng, 0.6) else value))
        else:
            steps.append(("state",))
    steps.append(("state",))
    return required, specs, steps


def _several_faults(rng: random.Random) -> Iterator[Case]:
    """A complete class takes a name; then classes with two or three faults at once try it."""
    required = gen.some(rng, ATTRIBUTES, rng.randint(1, 3))
    first = {"name": "First", "kind": "plain", "attrs": required, "none_attrs": []}
    for kind, attrs, name in (("abstract", required, "csv"), ("plain", [], "CSV"),
                              ("abstract", [], " csv"), ("abstract", [], "  "),
                              ("plain", [], "")):  # fmt: skip
        faulty = {"name": gen.pick(rng, CLASS_NAMES), "kind": kind, "attrs": attrs,
                  "none_attrs": []}  # fmt: skip
        steps = [("register", "csv", 0), ("register", name, 1), ("state",)]
        yield Case.probe(script, required, False, [first, faulty], steps, task=3,
                         group="several faults")  # fmt: skip


def _required_read_once(rng: random.Random) -> Iterator[Case]:
    """``required`` as a generator: every class is checked against all of it."""
    for _ in range(3):
        required = gen.some(rng, ATTRIBUTES, rng.randint(1, 3))
        specs = [
            {"name": "Complete", "kind": "plain", "attrs": required, "none_attrs": []},
            {"name": "Incomplete", "kind": "plain", "attrs": required[1:], "none_attrs": []},
            {"name": "Empty", "kind": gen.pick(rng, ("plain", "concrete")), "attrs": [],
             "none_attrs": []},
        ]  # fmt: skip
        steps = [("register", None, 0), ("register", None, 1), ("register", None, 2), ("state",)]
        yield Case.probe(script, required, True, specs, steps, task=3, group="required once")


def cases(rng: random.Random) -> Iterator[Case]:
    """About 75 scripts per seed."""
    for task, count in ((1, 15), (2, 25), (3, 35)):
        for _ in range(count):
            required, specs, steps = _script(rng, task)
            as_generator = gen.chance(rng, 0.3)
            yield Case.probe(script, required, as_generator, specs, steps, task=task)
    yield from _several_faults(rng)
    yield from _required_read_once(rng)
