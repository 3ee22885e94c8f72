"""Sealed cases for service-container-wiring.

Random class graphs written as source and executed: chains and diamonds of constructors,
abstract bases with and without a registered implementation, factories with their own
dependencies, parameters with defaults (registered or not), built-in types (``int``,
``str``) with and without a registered instance, parameters without hints, ``*args`` and
``**kwargs``, annotations postponed (PEP 563), and cycles of length 1 to 4. Each graph is
driven by a script of resolutions from the container and from scopes (some ending with an
exception) and ``close()`` calls; every resolution is observed as the object graph
(instances numbered in creation order, so sharing shows) or the error with the longest
``A -> B`` path in its message, together with the creations and closings logged since the
step before. Fixed chains of closable singletons and scoped objects check the closing
order; on every seed a singleton that reaches a scoped key through transients, and
singletons and scoped objects made before an error, kept and closed later.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "service_container_wiring"

ERRORS = ("CycleError", "ResolutionError", "ValueError")
PATH = re.compile(r"[A-Za-z_]\w*(?:\s*->\s*[A-Za-z_]\w*)+")


def _source(classes: list[dict[str, Any]], factories: list[dict[str, Any]]) -> str:
    lines = [
        "from __future__ import annotations",
        "import abc",
        "LOG = []",
        "SERIAL = [0]",
        "",
        "def _made(name, obj):",
        "    SERIAL[0] += 1",
        "    obj.serial = SERIAL[0]",
        "    LOG.append(('make', name, SERIAL[0]))",
        "",
    ]
    for spec in classes:
        if spec["abstract"]:
            lines += [
                f"class {spec['name']}(abc.ABC):",
                "    @abc.abstractmethod",
                "    def run(self): ...",
                "",
            ]
            continue
        base = f"({spec['base']})" if spec["base"] else ""
        params = ["self"]
        body = []
        ordered = sorted(spec["params"], key=lambda param: param[2] is not None)
        for name, annotation, default in ordered:
            text = name
            if annotation:
                text += f": {annotation}"
            if default is not None:
                text += f" = {default!r}"
            params.append(text)
            body.append(f"        self.{name} = {name}")
        if spec["varargs"]:
            params += ["*args", "**kwargs"]
        lines += [
            f"class {spec['name']}{base}:",
            f"    def __init__({', '.join(params)}):",
            *body,
            f"        _made({spec['name']!r}, self)",
            "    def run(self): return 1",
        ]
        if spec["close"]:
            lines += [
                "    def close(self):",
                f"        LOG.append(('close', {spec['name']!r}, self.serial))",
            ]
        lines.append("")
    for factory in factories:
        lines += [
            f"def {factory['name']}(helper: {factory['needs']}):",
            f"    obj = {factory['makes']}()",
            "    obj.helper = helper",
            "    return obj",
            "",
        ]
    return "\n".join(lines)


def _describe(value: Any, depth: int = 0) -> Any:
    if isinstance(value, int | str) or value is None or depth > 8:
        return value
    fields = {
        name: _describe(item, depth + 1)
        for name, item in vars(value).items()
        if name not in ("serial", "args", "kwargs")
    }
    return [type(value).__name__, getattr(value, "serial", None), fields]


def _error_path(outcome: Any) -> Any:
    if outcome.exception is None:
        return None
    paths = PATH.findall(str(outcome.exception))
    longest = max(paths, key=lambda path: path.count("->"), default=None)
    return None if longest is None else [part.strip() for part in longest.split("->")]


def wire(solution, classes, factories, registrations, instances, script):  # type: ignore[no-untyped-def]
    namespace: dict[str, Any] = {"__name__": "service_graph"}
    exec(compile(_source(classes, factories), "<sealed graph>", "exec"), namespace)
    log: list[Any] = namespace["LOG"]
    container = solution.Container()
    for key, provider, lifetime in registrations:
        provided = namespace[provider] if provider else None
        outcome = observe(
            container.register, namespace[key], provided, lifetime=lifetime, errors=ERRORS
        )
        if not outcome.returned:
            return ["register", key, lifetime, outcome]
    for key, value in instances:
        container.register_instance(
            __builtins__[key] if key in ("int", "str") else namespace[key],
            value if key in ("int", "str") else namespace[key](),
        )
    seen: list[Any] = []
    for step in script:
        start = len(log)
        if step[0] == "resolve":
            outcome = observe(
                lambda key=step[1]: _describe(container.resolve(_key(namespace, key))),
                errors=ERRORS,
            )
            seen.append(["resolve", step[1], outcome, _error_path(outcome), log[start:]])
        elif step[0] == "scope":
            results = []
            try:
                with container.scope() as scope:
                    for key in step[1]:
                        outcome = observe(
                            lambda key=key: _describe(scope.resolve(_key(namespace, key))),
                            errors=ERRORS,
                        )
                        results.append([key, outcome, _error_path(outcome)])
                    if step[2]:
                        raise KeyError("the request failed")
            except KeyError:
                results.append("the block's KeyError came through")
            seen.append(["scope", results, log[start:]])
        else:
            container.close()
            seen.append(["close", log[start:]])
    return seen


def _key(namespace: dict[str, Any], name: str) -> Any:
    return {"int": int, "str": str}.get(name) or namespace[name]


def _graph(rng: random.Random) -> dict[str, Any]:
    count = rng.randint(3, 8)
    names = [
        f"{gen.pick(rng, ('Order', 'Billing', 'Audit', 'Mail', 'Cache', 'Db'))}{i}"
        for i in range(count)
    ]
    classes: list[dict[str, Any]] = []
    for index, name in enumerate(names):
        params: list[Any] = []
        for target in gen.some(rng, names[index + 1 :], min(rng.randint(0, 3), count - index - 1)):
            default = "default" if gen.chance(rng, 0.15) else None
            params.append((f"p_{target.lower()}", target, default))
        if gen.chance(rng, 0.2):
            params.append(("retries", "int", 3))
        if gen.chance(rng, 0.04):
            params.append(("label", "str", None))
        if gen.chance(rng, 0.1):
            params.append(("extra", None, gen.pick(rng, (5, None))))
        classes.append(
            {
                "name": name,
                "params": params,
                "abstract": False,
                "base": None,
                "close": gen.chance(rng, 0.5),
                "varargs": gen.chance(rng, 0.15),
            }
        )
    # some classes get an abstract base that their users depend on instead
    abstracts = []
    for spec in gen.some(rng, classes[1:], rng.randint(0, 2)):
        base = f"I{spec['name']}"
        spec["base"] = base
        abstracts.append({"name": base, "abstract": True})
        for other in classes:
            other["params"] = [
                (p, base if t == spec["name"] and gen.chance(rng, 0.7) else t, d)
                for p, t, d in other["params"]
            ]
    if gen.chance(rng, 0.25) and count > 2:
        # a cycle: a later class depends back on an earlier one
        late = rng.randrange(1, count)
        early = rng.randrange(0, late + 1)
        classes[late]["params"].append((f"back_{early}", names[early], None))
    registrations: list[Any] = []
    for spec in abstracts:
        if gen.chance(rng, 0.8):
            registrations.append((spec["name"], spec["name"][1:], _lifetime(rng)))
    for spec in gen.some(rng, classes, min(rng.randint(0, 4), count)):
        registrations.append((spec["name"], None, _lifetime(rng)))
    factories = []
    leaves = [spec for spec in classes if not spec["params"] and not spec["base"]]
    if leaves and gen.chance(rng, 0.4):
        made = gen.pick(rng, leaves)
        needs = gen.pick(rng, [spec["name"] for spec in classes if spec is not made])
        factories.append({"name": f"make_{made['name']}", "makes": made["name"], "needs": needs})
        registrations.append((made["name"], f"make_{made['name']}", _lifetime(rng)))
    instances: list[Any] = []
    if gen.chance(rng, 0.3):
        instances.append(("int", gen.pick(rng, (0, 7))))
    if gen.chance(rng, 0.5):
        instances.append(("str", "given"))
    roots = [names[0], *gen.some(rng, names, 2), *(spec["name"] for spec in abstracts)]
    script: list[Any] = []
    for _ in range(rng.randint(2, 6)):
        roll = rng.random()
        if roll < 0.4:
            script.append(("resolve", gen.pick(rng, [*roots, "int", "str"])))
        elif roll < 0.85:
            script.append(
                (
                    "scope",
                    [gen.pick(rng, roots) for _ in range(rng.randint(1, 3))],
                    gen.chance(rng, 0.3),
                )
            )
        else:
            script.append(("close",))
    return {
        "classes": abstracts + classes,
        "factories": factories,
        "registrations": registrations,
        "instances": instances,
        "script": script,
    }


def _lifetime(rng: random.Random) -> str:
    return gen.pick(rng, ("transient", "singleton", "scoped", "transient"))


def cases(rng: random.Random) -> Iterator[Case]:
    """About 80 graphs per seed."""
    for _ in range(70):
        graph = _graph(rng)
        yield Case.probe(
            wire,
            graph["classes"],
            graph["factories"],
            graph["registrations"],
            graph["instances"],
            graph["script"],
            task=2,
            group="graphs",
        )
    group = "closing order"
    chain = [
        {"name": "Db", "params": [], "close": True},
        {"name": "Session", "params": [("p_db", "Db", None)], "close": True},
        {"name": "UnitOfWork", "params": [("p_session", "Session", None)], "close": True},
        {"name": "Handler", "params": [("p_uow", "UnitOfWork", None)], "close": True},
    ]
    chain = [dict(spec, abstract=False, base=None, varargs=False) for spec in chain]
    for lifetimes in (
        ("singleton", "scoped", "scoped"),
        ("singleton", "singleton", "singleton"),
        ("scoped", "scoped", "scoped"),
        ("singleton", "singleton", "scoped"),
    ):
        registrations = [
            (name, None, lifetime)
            for name, lifetime in zip(("Db", "Session", "UnitOfWork"), lifetimes, strict=True)
        ]
        script = [
            ("scope", ["Handler"], False),
            ("scope", ["UnitOfWork", "Handler"], True),
            ("resolve", "Session"),
            ("close",),
            ("resolve", "Session"),
            ("close",),
        ]
        yield Case.probe(wire, chain, [], registrations, [], script, task=4, group=group)
    group = "captive through transients"
    for scoped_at in ("Db", "Session"):
        registrations = [
            ("Db", None, "scoped" if scoped_at == "Db" else "transient"),
            ("Session", None, "scoped" if scoped_at == "Session" else "transient"),
            ("UnitOfWork", None, "transient"),
            ("Handler", None, "singleton"),
        ]
        script = [
            ("resolve", "Handler"),
            ("scope", ["Handler", "UnitOfWork"], False),
            ("resolve", "UnitOfWork"),
        ]
        yield Case.probe(wire, chain, [], registrations, [], script, task=2, group=group)
    group = "made before an error"
    failing = [
        *chain[:2],
        {"name": "Broken", "abstract": True, "params": []},
        {"name": "Handler", "params": [("p_db", "Db", None), ("p_session", "Session", None),
                                       ("p_z", "Broken", None)], "close": True},
    ]  # fmt: skip
    failing = [
        dict({"abstract": False, "base": None, "varargs": False, "close": False}, **spec)
        for spec in failing
    ]
    for lifetime in ("singleton", "scoped"):
        registrations = [("Db", None, lifetime), ("Session", None, lifetime)]
        script = [
            ("resolve", "Handler"),
            ("resolve", "Db"),
            ("scope", ["Handler", "Session", "Db"], False),
            ("resolve", "Handler"),
            ("resolve", "Session"),
            ("close",),
        ]
        yield Case.probe(wire, failing, [], registrations, [], script, task=3, group=group)
    group = "registration"
    for lifetime in ("forever", "Singleton", "", "scope"):
        classes = [
            {
                "name": "Db",
                "params": [],
                "abstract": False,
                "base": None,
                "close": False,
                "varargs": False,
            }
        ]
        yield Case.probe(wire, classes, [], [("Db", None, lifetime)], [], [], task=1, group=group)
