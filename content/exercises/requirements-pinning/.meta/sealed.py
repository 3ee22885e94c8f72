"""Sealed cases for requirements-pinning: requirement files with comments after spaces
and tabs, ``#`` inside URLs, extras, markers, names in every spelling, blank lines, bad
lines and duplicates at known line numbers; markers over Python versions and platforms;
version lists with text-order traps, invalid strings, epochs, post, local and
pre-releases, equal versions spelled differently."""

from __future__ import annotations

import random
from collections.abc import Iterator

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from pyhero.sealed import Case

SOLUTION = "requirements_pinning"

NAMES = (
    "FastAPI",
    "uvicorn",
    "SQLAlchemy",
    "Django_REST.framework",
    "pydantic-core",
    "zope.interface",
    "ruamel.yaml",
    "psycopg",
    "tomli",
    "pywin32",
    "numpy",
    "Pillow",
)
SPECIFIERS = (
    "",
    ">=1.0",
    ">=0.9,<2",
    "~=2.0",
    "==1.*",
    "!=1.5",
    "<1.10",
    ">=2.0b1",
    "==3.0",
    ">0.99",
    "~=1.4.2",
    ">=1.0,!=1.10.0",
    "<=1.9",
    ">=1.0rc1,<2",
)
MARKERS = (
    "",
    'python_version < "3.11"',
    'python_version >= "3.12"',
    'sys_platform == "win32"',
    'platform_system != "Windows"',
    'os_name == "posix" and python_version > "3.10"',
    'implementation_name == "pypy" or sys_platform == "darwin"',
    'platform_machine == "arm64"',
    'python_full_version >= "3.11.4"',
)
CANONICAL = tuple(canonicalize_name(name) for name in NAMES)
EXTRAS = ("", "[standard]", "[binary,pool]", "[Async]", "[zstd,redis,auth,msgpack,sqs]")
# Lower-case extras only where there are several: sorting is by code point, and a
# case-insensitive sort would be a different reading of "sorted".
MANY_EXTRAS = ("pool", "binary", "c", "async", "zstd", "redis", "yaml", "auth", "sqs", "mypy")
COMMENTS = ("", "  # pinned by ops", "\t# why", " #", " # a=b; c")
BAD = (
    "flask >= = 2",
    "-r base.txt",
    "--index-url https://example.org/simple",
    "requests[",
    "numpy>=1.0;",
    "==1.0",
    "django (>=4",
    "a b",
)
VERSIONS = (
    "0.9",
    "0.9.0",
    "0.99.1",
    "0.110.2",
    "1.0",
    "1.0.0",
    "1.0a1",
    "1.0rc2",
    "1.0.dev3",
    "1.4.2",
    "1.4.9",
    "1.5",
    "1.9",
    "1.10",
    "1.10.0",
    "1.10.0.post1",
    "2.0",
    "2.0b2",
    "2.1",
    "2.1.0+local",
    "3.0",
    "3.0.0",
    "1!0.5",
    "latest",
    "v1.2",
    "",
    "2.0-final-x",
    "1.1rc1",
    "2.2.dev1",
)
ENVIRONMENTS = tuple(
    {
        "python_version": version,
        "python_full_version": full,
        "sys_platform": platform,
        "platform_system": system,
        "os_name": os_name,
        "implementation_name": implementation,
        "platform_machine": machine,
    }
    for version, full in (
        ("3.10", "3.10.14"),
        ("3.11", "3.11.3"),
        ("3.11", "3.11.9"),
        ("3.12", "3.12.7"),
        ("3.13", "3.13.1"),
    )
    for platform, system, os_name, machine in (
        ("linux", "Linux", "posix", "x86_64"),
        ("win32", "Windows", "nt", "AMD64"),
        ("darwin", "Darwin", "posix", "arm64"),
    )
    for implementation in ("cpython", "pypy")
)


def _requirement(rng: random.Random, name: str) -> str:
    line = name + rng.choice(EXTRAS) + rng.choice(("", " ")) + rng.choice(SPECIFIERS)
    marker = rng.choice(MARKERS)
    if marker and rng.random() < 0.5:
        line += f"; {marker}"
    return line


def _text(rng: random.Random, fault: str | None) -> tuple[str, int]:
    """A requirements text; with a fault, the line number it is on."""
    names = rng.sample(NAMES, rng.randint(1, 7))
    lines = []
    for name in names:
        while rng.random() < 0.3:
            lines.append(rng.choice(("", "   ", "# section", "#", "  # indented")))
        lines.append(rng.choice(("", "  ")) + _requirement(rng, name) + rng.choice(COMMENTS))
    if rng.random() < 0.2:
        lines.append("pkg-from-url @ https://example.org/pkg-1.0.tar.gz#sha256=ab")
    at = rng.randint(0, len(lines))
    if fault == "bad":
        lines.insert(at, rng.choice(BAD))
    elif fault == "twice":
        first = next(i for i, line in enumerate(lines) if line.strip().startswith(names[0]))
        at = rng.randint(first + 1, len(lines))
        spelling = rng.choice((names[0].upper(), names[0].lower().replace("-", "_"), names[0]))
        lines.insert(at, spelling + ">=0")
    return "\n".join(lines) + rng.choice(("", "\n")), at + 1


def read(solution, text):  # type: ignore[no-untyped-def]
    return [
        (name, str(requirement)) for name, requirement in solution.read_requirements(text).items()
    ]


def decide(solution, requirement, environment):  # type: ignore[no-untyped-def]
    return solution.applies(Requirement(requirement), environment)


def best(solution, requirement, available):  # type: ignore[no-untyped-def]
    return solution.best_version(Requirement(requirement), available)


def _index(rng: random.Random) -> dict[str, list[str]]:
    return {
        name: rng.sample(VERSIONS, rng.randint(0, 8)) for name in CANONICAL if rng.random() < 0.9
    }


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        yield Case.probe(read, _text(rng, None)[0], task=1)
    for fault in ("bad", "twice") * 8:
        text, line = _text(rng, fault)
        yield Case.probe(read, text, message=rf"\bline {line}\b", task=1, group="read_errors")
    for _ in range(40):
        requirement = "pkg" + rng.choice(EXTRAS) + "; " + rng.choice(MARKERS[1:])
        yield Case.probe(decide, requirement, rng.choice(ENVIRONMENTS), task=2)
    yield Case.probe(decide, "pkg>=1", rng.choice(ENVIRONMENTS), task=2)
    for _ in range(50):
        requirement = "pkg" + rng.choice(SPECIFIERS)
        yield Case.probe(best, requirement, rng.sample(VERSIONS, rng.randint(0, 10)), task=3)
    for specifier in SPECIFIERS:
        yield Case.probe(best, "pkg" + specifier, list(VERSIONS), task=3)
    for _ in range(30):
        text = _text(rng, None)[0].replace(
            "pkg-from-url @ https://example.org/pkg-1.0.tar.gz#sha256=ab", ""
        )
        index, environment = _index(rng), rng.choice(ENVIRONMENTS)
        yield Case.probe(pin, text, environment, index, task=4)
    for _ in range(12):
        # Several extras in an order that is not sorted: neither a set's iteration order
        # (it changes with the hash seed) nor the file's order may leak into the line.
        names = rng.sample(NAMES, rng.randint(1, 4))
        lines = []
        for name in names:
            extras = rng.sample(MANY_EXTRAS, rng.randint(3, 6))
            while extras == sorted(extras):
                rng.shuffle(extras)
            lines.append(f"{name}[{','.join(extras)}]{rng.choice(SPECIFIERS)}")
        index = {canonicalize_name(name): list(VERSIONS) for name in names}
        yield Case.probe(
            pin, "\n".join(lines), rng.choice(ENVIRONMENTS), index, task=4, group="pin_extras"
        )


def pin(solution, text, environment, index):  # type: ignore[no-untyped-def]
    """The pinned lines, or the canonical names a ``LookupError``'s message mentions."""
    try:
        return solution.pin(text, environment, index)
    except LookupError as error:
        return {"LookupError naming": [name for name in CANONICAL if name in str(error)]}
