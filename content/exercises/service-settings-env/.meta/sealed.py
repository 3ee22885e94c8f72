"""Sealed cases for service-settings-env.

Each case sets its own environment (every ``ORDERS_*`` variable of the process removed
first, everything restored after), with unprefixed decoys (``PORT``, ``POOL_SIZE``,
``URL``) that nothing may read. Values cover bounds, booleans in their many spellings,
JSON lists and a JSON ``ORDERS_DB`` merged with ``ORDERS_DB__*``, database URLs whose
scheme only looks right (``SQLITE://``, ``sqlite:x://``), and production settings broken
one rule at a time (two broken rules at once are left out: the instructions do not say
which message wins; so ``prod`` appears only in the production group). Errors are observed
as their sorted locations, and for a broken production rule, whether its message has the
phrase the instructions give for it.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "service_settings_env"

DECOYS = {"PORT": "1", "POOL_SIZE": "49", "URL": "mysql://decoy", "DEBUG": "true",
          "PASSWORD": "decoy-password", "DB__POOL_SIZE": "3", "API_KEY": "decoy-key",
          "ENVIRONMENT": "prod"}  # fmt: skip
GOOD_URLS = ("sqlite://", "sqlite:///orders.db", "postgresql://db/orders",
             "postgresql+psycopg://u:p@db:5432/o", "postgresql://ünï@db/ö")  # fmt: skip
BAD_URLS = ("mysql://db/orders", "orders.db", "sqlite:/x", "SQLITE://x", "sqlite:x://y",
            " sqlite://", "postgresql+asyncpg://db", "", "://db", "postgres://db")  # fmt: skip
PUBLIC = ("https://orders.example.com", "http://localhost:8080", "https://ünï.example/p?q=1",
          "http://https.example.com", "http://orders.example.com/https", "not a url",
          "ftp://orders.example.com", "https://orders.example.com:8443/api/")  # fmt: skip
BOOLS = ("true", "false", "1", "0", "yes", "no", "on", "off", "TRUE", "False", "maybe", "")
PORTS = ("1", "65535", "0", "65536", "-80", "8080", "http", "80.5", " 9000 ", "९०००")


@contextmanager
def _environ(variables: dict[str, str]) -> Iterator[None]:
    """Exactly ``variables`` among the ``ORDERS_*`` and decoy names for the block; the
    process environment is restored afterwards."""
    saved = dict(os.environ)
    try:
        for name in list(os.environ):
            if name.upper().startswith("ORDERS_") or name in DECOYS:
                del os.environ[name]
        os.environ.update(variables)
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _dump(settings: Any) -> Any:
    return settings.model_dump(mode="json")


def _errors(error: BaseException, phrase: str | None) -> Any:
    """Sorted locations; a root error also says whether its message has ``phrase``."""
    details = getattr(error, "errors", None)
    if not callable(details):
        return None
    found = []
    for detail in details():
        location = tuple(detail["loc"])
        mentions = phrase in str(detail.get("msg", "")) if location == () and phrase else None
        found.append((location, mentions))
    return sorted(found, key=repr)


def settings(solution, environment, arguments, phrase=None):  # type: ignore[no-untyped-def]
    """``ServiceSettings(**arguments)`` under ``environment``: its JSON dump, its
    ``bind_address`` and ``describe``, or the error locations (and whether a root error
    mentions ``phrase``, the one its broken production rule must mention)."""
    with _environ(environment):
        outcome = observe(solution.ServiceSettings, **arguments)
    if not outcome.returned:
        return {"raised": outcome, "locations": _errors(outcome.exception, phrase)}
    made = outcome.value
    return {
        "dump": observe(_dump, made),
        "bind_address": observe(lambda: made.bind_address),
        "describe": observe(solution.describe, made),
    }


def database(solution, arguments):  # type: ignore[no-untyped-def]
    """``DatabaseSettings(**arguments)`` directly, decoys in the environment."""
    with _environ(DECOYS):
        outcome = observe(solution.DatabaseSettings, **arguments)
    if not outcome.returned:
        return {"raised": outcome, "locations": _errors(outcome.exception, None)}
    return {"dump": observe(_dump, outcome.value)}


def _environment(rng: random.Random) -> dict[str, str]:
    environment: dict[str, str] = {}
    if gen.chance(rng, 0.5):
        environment.update(gen.some(rng, list(DECOYS.items()), rng.randint(1, 4)))
    choices: list[tuple[str, Any]] = [
        ("ORDERS_PORT", PORTS),
        ("ORDERS_DEBUG", BOOLS),
        ("ORDERS_HOST", ("0.0.0.0", "db.local", "ünï")),
        ("ORDERS_ENVIRONMENT", ("dev", "staging", "PROD", "test")),
        ("ORDERS_PUBLIC_URL", PUBLIC),
        ("ORDERS_API_KEY", ("sk_live_1", "ünï-key")),
        ("ORDERS_ALLOWED_ORIGINS", ('["https://a.example", "https://b.example"]', "[]", '["ü"]')),
        ("ORDERS_DB__URL", GOOD_URLS + BAD_URLS),
        ("ORDERS_DB__POOL_SIZE", ("1", "50", "0", "51", "x")),
        ("ORDERS_DB__PASSWORD", ("hunter2", "")),
        ("ORDERS_DB", ('{"pool_size": 7}', '{"url": "sqlite://"}')),
        ("ORDERS_UNKNOWN", ("whatever",)),
    ]
    for name, values in gen.some(rng, choices, rng.randint(0, 5)):
        environment[name] = gen.pick(rng, values)
    return environment


def _arguments(rng: random.Random) -> dict[str, Any]:
    arguments: dict[str, Any] = {}
    choices: list[tuple[str, Any]] = [
        ("port", (1, 65535, 0, 7000, -1)), ("debug", (True, False)),
        ("environment", ("staging", "dev", "test")), ("host", ("10.0.0.1", "")),
        ("db", ({"pool_size": 9}, {"url": "postgresql://db/x"}, {"url": "mysql://x"})),
        ("allowed_origins", (["https://x.example"], [])),
    ]  # fmt: skip
    for name, values in gen.some(rng, choices, rng.randint(0, 3)):
        arguments[name] = gen.pick(rng, values)
    return arguments


PROD_ENV = {"ORDERS_ENVIRONMENT": "prod", "ORDERS_API_KEY": "k-123",
            "ORDERS_PUBLIC_URL": "https://orders.example.com"}  # fmt: skip
PROD_BREAKS: tuple[tuple[str, str | None, str | None], ...] = (
    ("ORDERS_DEBUG", "true", "debug must be off"), ("ORDERS_DEBUG", "on", "debug must be off"),
    ("ORDERS_API_KEY", None, "api_key"), ("ORDERS_API_KEY", "", "api_key"),
    ("ORDERS_PUBLIC_URL", "http://orders.example.com", "https"),
    ("ORDERS_PUBLIC_URL", "http://https.example.com", "https"),
    ("ORDERS_PUBLIC_URL", "http://orders.example.com/https", "https"),
    ("ORDERS_DEBUG", "false", None), ("ORDERS_PUBLIC_URL", "https://ünï.example/", None),
)  # fmt: skip


def cases(rng: random.Random) -> Iterator[Case]:
    """About 75 cases per seed."""
    for _ in range(35):
        yield Case.probe(settings, _environment(rng), _arguments(rng), task=1)
    for url in GOOD_URLS + BAD_URLS:
        yield Case.probe(database, {"url": url}, task=2, group="database urls")
    for pool in (1, 50, 0, 51, "7", "x"):
        yield Case.probe(database, {"pool_size": pool}, task=2, group="database urls")
    for name, value, phrase in PROD_BREAKS:
        environment = dict(PROD_ENV)
        if value is None:
            del environment[name]
        else:
            environment[name] = value
        yield Case.probe(settings, environment, {}, phrase, task=3, group="production")
    for _ in range(6):
        environment = {**PROD_ENV, **dict(gen.some(rng, list(DECOYS.items()), 3))}
        arguments = {k: v for k, v in _arguments(rng).items() if k not in ("debug", "environment")}
        yield Case.probe(settings, environment, arguments, task=3, group="production")
