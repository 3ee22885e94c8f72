"""Sealed cases for nested-settings: empty configs and empty sections, missing sections and
keys, values that are present but falsy (0, False, "", None), sections only in the base,
only in the override and in both, keys that contain dots, and checks that neither argument
nor any inner dict changes, and that the merged result shares no inner dict with them."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "nested_settings"

SECTIONS = ("server", "database", "cache", "logging", "Server", "feature.flags")
KEYS = ("host", "port", "debug", "timeout", "url", "level", "ttl", "pool_size", "a.b")
VALUES = (0, 1, 8000, -1, False, True, "", "info", "0.0.0.0", None, 2.5)


def _config(rng: random.Random) -> dict[str, dict[str, Any]]:
    return {
        section: {key: gen.pick(rng, VALUES) for key in gen.some(rng, KEYS)}
        for section in gen.some(rng, SECTIONS)
    }


def merge_and_check(solution: Any, base: dict[str, Any], override: dict[str, Any]) -> Any:
    """The merged settings, the arguments afterwards, and whether the result shares inner
    dicts with either argument (checked by changing the result)."""
    merged = solution.merge_settings(base, override)
    before = repr((base, override))
    for settings in merged.values():
        settings["__probe__"] = "changed"
    shares = repr((base, override)) != before
    for settings in merged.values():
        del settings["__probe__"]
    return {"merged": merged, "arguments": [base, override], "shares inner dicts": shares}


def cases(rng: random.Random) -> Iterator[Case]:
    """About 170 cases per seed."""
    for _ in range(50):
        config = _config(rng)
        section = gen.pick(rng, (*config, "missing")) if config else "missing"
        key = gen.pick(rng, (*config.get(section, {}), *KEYS))
        default = gen.pick(rng, ("fallback", 42, None, True))
        yield Case.call("get_setting", config, section, key, default, task=1)
    for _ in range(45):
        yield Case.probe(merge_and_check, _config(rng), _config(rng), task=2)
    for _ in range(35):
        yield Case.call("flatten", _config(rng), task=3)
    for _ in range(40):
        yield Case.call("sections_with", _config(rng), gen.pick(rng, KEYS), task=4)
