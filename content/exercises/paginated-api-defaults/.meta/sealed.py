"""Sealed cases for paginated-api-defaults: arguments passed positionally, by keyword or
left out, pages on and past the end, page sizes that equal the default, other hosts."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "paginated_api_defaults"

PATHS = ("users", "/users", "orders/42", "/v2/items", "search", "/")
HOSTS = ("api.example.com", "localhost:8000", "billing.internal", "127.0.0.1:9000")


def _page(rng: random.Random) -> int:
    return gen.pick(rng, (1, 1, 2, 3, 4, 7, 20, 21))


def _per_page(rng: random.Random) -> int:
    return gen.pick(rng, (1, 2, 3, 5, 10, 19, 20, 20, 21, 50))


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(15):
        path = gen.pick(rng, PATHS)
        options = {}
        if gen.chance(rng, 0.5):
            options["host"] = gen.pick(rng, HOSTS)
        if gen.chance(rng, 0.5):
            options["scheme"] = gen.pick(rng, ("http", "https"))
        yield Case.call("build_url", path, **options, task=1)
    for _ in range(20):
        page, per_page = _page(rng), _per_page(rng)
        style = gen.pick(rng, ("positional", "keywords", "page only", "per_page only"))
        if style == "positional":
            yield Case.call("page_bounds", page, per_page, task=2)
        elif style == "keywords":
            yield Case.call("page_bounds", per_page=per_page, page=page, task=2)
        elif style == "page only":
            yield Case.call("page_bounds", page, task=2)
        else:
            yield Case.call("page_bounds", per_page=per_page, task=2)
    yield Case.call("page_bounds", task=2)
    for _ in range(30):
        items = [gen.word(rng) for _ in range(gen.size(rng, large=90))]
        page, per_page = _page(rng), _per_page(rng)
        if gen.chance(rng, 0.3):
            yield Case.call("paginate", items, page, task=3)
        else:
            yield Case.call("paginate", items, page=page, per_page=per_page, task=3)
    for _ in range(30):
        options = {}
        if gen.chance(rng, 0.6):
            options["page"] = _page(rng)
        if gen.chance(rng, 0.6):
            options["per_page"] = _per_page(rng)
        if gen.chance(rng, 0.4):
            options["host"] = gen.pick(rng, HOSTS)
        yield Case.call("page_url", gen.pick(rng, PATHS), **options, task=4)
