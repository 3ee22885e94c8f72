"""Sealed cases for http-status-rules: every range boundary (99 to 600), 429, 501, zero
and negative codes, methods in upper, lower and mixed case, unsafe methods (POST, PATCH),
both values of no_store, and error rates and latencies on, just below and just above each
threshold."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "http_status_rules"

EDGES = (0, -1, 99, 100, 101, 199, 200, 201, 204, 299, 300, 301, 304, 399, 400, 404, 428,
         429, 430, 499, 500, 501, 502, 503, 504, 599, 600, 999, 1000)  # fmt: skip
METHODS = ("GET", "get", "Get", "HEAD", "head", "PUT", "put", "DELETE", "delete",
           "OPTIONS", "Options", "POST", "post", "PATCH", "patch", "TRACE", "CONNECT")  # fmt: skip
RATES = (0.0, 0.001, 0.0099, 0.01, 0.0101, 0.02, 0.0499, 0.05, 0.0501, 0.2, 1.0)
LATENCIES = (0, 120, 799, 800, 800.5, 801, 1500, 1999.9, 2000, 2000.1, 2001, 30000)


def _code(rng: random.Random) -> int:
    return gen.pick(rng, EDGES) if gen.chance(rng, 0.7) else rng.randint(-50, 1100)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 350 cases per seed."""
    for code in EDGES:
        yield Case.call("status_class", code, task=1)
    for _ in range(40):
        yield Case.call("status_class", _code(rng), task=1)
    for code in EDGES:
        yield Case.call("is_retryable", code, gen.pick(rng, ("GET", "put", "Delete")), task=2)
    for _ in range(60):
        yield Case.call("is_retryable", _code(rng), gen.pick(rng, METHODS), task=2)
    for _ in range(60):
        code = gen.pick(rng, (200, 200, 301, 301, 302, 404, 500, _code(rng)))
        yield Case.call("should_cache", code, gen.pick(rng, METHODS), gen.chance(rng, 0.3), task=3)
    for rate in RATES:
        for latency in LATENCIES:
            yield Case.call("alert_level", rate, latency, task=4)
