"""Sealed cases for product-catalog-crud: generated request sequences against a fresh
application on an in-memory database. Products share prices, names differ only by case,
names hold % and _ and non-ASCII letters; requests include duplicate and clashing SKUs,
null and invalid fields, unknown ids, deleted ids, and listings with every filter, sort
order and page. Observed per request: the status and the JSON body (only the status for a
422, whose details are FastAPI's wording); ORM rows converted directly with to_out."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "product_catalog_crud"

SKUS = ("MUG-01", "MUG-02", "TEE-01", "PAN-01", "CUP-01", "A1B", "X" * 32)
BAD_SKUS = ("mug-01", "MU", "MUG_01", "-MUG", "X" * 33, "", "MÜG-1")
NAMES = ("Blue mug", "blue mug", "Mug", "mug, large", "Tee 100%_cotton", "50% off pan",
         "under_score", "  Padded  ", "Zebra cup", "apple", "x" * 120, "Éclair tin",
         "éclair box",
         " " + "y" * 120 + " ")  # fmt: skip
BAD_NAMES = ("", "   ", "x" * 121)
CATEGORIES = ("kitchen", "clothing", "k9", "garden-tools")
BAD_CATEGORIES = ("Kitchen", "9lives", "", "a" * 41, "home goods")
PRICES = (0, 650, 999, 1250, 1250, 1999, 3400)
SEARCHES = (
    "mug",
    "MUG",
    "%",
    "_",
    "100%_",
    "off",
    "e",
    "",
    "zebra",
    "under_",
    "  ",
    "ÉCLAIR",
    "é",
    "CLAIR",
)
SORTS = ("id", "name", "price", "-price", "newest")
INDEXES = (["price_cents"], ["price_cents DESC"], ["name"], ["name DESC"],
           ["price_cents DESC", "name DESC"], ["price_cents", "name"])  # fmt: skip


def session(solution, requests, indexes=()):  # type: ignore[no-untyped-def]
    """Send ``requests`` (method, path, json body or query params) to a fresh app; with
    ``indexes``, on a file database to which an administrator added these indexes."""
    import sqlite3
    import tempfile
    from pathlib import Path

    seen: list[Any] = []
    with tempfile.TemporaryDirectory() as directory:
        url = "sqlite://"
        if indexes:
            path = Path(directory) / "catalogue.db"
            url = f"sqlite:///{path}"
        app = solution.create_app(url)
        if indexes:
            with sqlite3.connect(path) as connection:
                for number, columns in enumerate(indexes):
                    connection.execute(f"CREATE INDEX ix_admin_{number} ON products ({columns})")
            connection.close()
        _send(app, requests, seen)
    return seen


def _send(app: Any, requests: Any, seen: list[Any]) -> None:
    from fastapi.testclient import TestClient

    with TestClient(app) as client:
        for method, path, payload in requests:
            if method == "GET":
                response = client.get(path, params=payload)
            elif method in ("POST", "PATCH"):
                response = client.request(method, path, json=payload)
            else:
                response = client.request(method, path)
            if response.status_code == 422:
                seen.append((422, None))
            elif response.status_code == 204:
                seen.append((204, response.content))
            else:
                seen.append((response.status_code, response.json()))
    return seen


def converted(solution, fields):  # type: ignore[no-untyped-def]
    """``to_out`` of an ORM row that was never stored (with or without ``id`` and
    ``stock``), and the model validating it itself."""
    row = solution.Product(**fields)

    def validated() -> Any:
        return solution.ProductOut.model_validate(row).model_dump()

    return {"to_out": observe(lambda: solution.to_out(row).model_dump()),
            "validate": observe(validated), "stock": row.stock}  # fmt: skip


# Values every field must refuse (POST and PATCH alike) or accept; a status per value.
FIELD_VALUES = {
    "sku": ("-MUG", "-AB", "--A", "MUG-01\n", "\nMUG", " MUG-01", "MUG 01", "mug-01", "MU",
            "X" * 33, "MÜG-1", "MUG-\u0661\u0662", "\uff2dUG-01", "MUG_01", "",
            "1-A", "A--", "9-9", "ABC", "X" * 32, "A1B"),
    "category": ("9lives", "1abc", "-kitchen", "-", "9", "kitchen\n", " kitchen", "Kitchen",
                 "k\u0669", "home goods", "kitchen_tools", "ki\u0307tchen", "a" * 41, "",
                 "k9", "a", "a-", "z-9-", "a" * 40),
    "name": ("", "   ", "\t\n", "x" * 121, " " + "x" * 120 + " ", "\u00e9", "a\tb", "x" * 120),
    "price_cents": (-1, 0, 1.5, "12", None, True),
    "stock": (-1, 0, 2.0, "3", None),
}  # fmt: skip
UNKNOWN_FIELDS = ({"price": 5}, {"id": 3}, {"colour": "blue", "stock": 2}, {"in_stock": True},
                  {"Stock": 1}, {"sku": "TEE-01", "extra": None})  # fmt: skip


def validation(solution, field, values):  # type: ignore[no-untyped-def]
    """The status of a POST and of a PATCH of product 1 with ``field`` set to each value."""
    from fastapi.testclient import TestClient

    base = {"sku": "BASE-1", "name": "Base", "category": "kitchen", "price_cents": 100}
    seen = []
    with TestClient(solution.create_app("sqlite://")) as client:
        client.post("/products", json=base)
        for index, value in enumerate(values):
            sku = {"sku": f"NEW-{index}"} if field != "sku" else {}
            posted = client.post("/products", json={**base, **sku, field: value})
            patched = client.patch("/products/1", json={field: value})
            seen.append((posted.status_code, patched.status_code))
            client.patch("/products/1", json=base)
    return seen


def unknown_fields(solution, bodies):  # type: ignore[no-untyped-def]
    """PATCH bodies with fields no model has: the status and the product afterwards."""
    from fastapi.testclient import TestClient

    base = {"sku": "BASE-1", "name": "Base", "category": "kitchen", "price_cents": 100}
    seen = []
    with TestClient(solution.create_app("sqlite://")) as client:
        client.post("/products", json=base)
        for body in bodies:
            seen.append(client.patch("/products/1", json=body).status_code)
            seen.append(client.post("/products", json={**base, "sku": "NEW-1", **body}).status_code)
        seen.append(client.get("/products/1").json())
    return seen


def _product(rng: random.Random, bad: float = 0.1) -> dict[str, Any]:
    body: dict[str, Any] = {
        "sku": gen.pick(rng, SKUS),
        "name": gen.pick(rng, NAMES),
        "category": gen.pick(rng, CATEGORIES),
        "price_cents": gen.pick(rng, PRICES),
    }
    if gen.chance(rng, 0.7):
        body["stock"] = gen.pick(rng, (0, 0, 1, 3, 10))
    if gen.chance(rng, bad):
        field = gen.pick(rng, ("sku", "name", "category", "price_cents", "stock", "missing",
                               "extra"))  # fmt: skip
        if field == "missing":
            del body[gen.pick(rng, ("sku", "name", "category", "price_cents"))]
        elif field == "extra":
            body["colour"] = "blue"
        else:
            body[field] = {"sku": gen.pick(rng, BAD_SKUS), "name": gen.pick(rng, BAD_NAMES),
                           "category": gen.pick(rng, BAD_CATEGORIES), "price_cents": -1,
                           "stock": gen.pick(rng, (-1, None))}[field]  # fmt: skip
    return body


def _patch(rng: random.Random) -> dict[str, Any]:
    full = _product(rng, bad=0.15)
    keys = gen.some(rng, list(full), rng.randint(0, 3))
    patch = {key: full[key] for key in keys}
    if gen.chance(rng, 0.08):
        patch[gen.pick(rng, ("sku", "name", "price_cents"))] = None
    return patch


def _listing(rng: random.Random) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if gen.chance(rng, 0.6):
        params["sort"] = gen.pick(rng, SORTS)
    if gen.chance(rng, 0.3):
        params["category"] = gen.pick(rng, CATEGORIES)
    if gen.chance(rng, 0.3):
        params["q"] = gen.pick(rng, SEARCHES)
    if gen.chance(rng, 0.25):
        params["min_price"] = gen.pick(rng, PRICES)
    if gen.chance(rng, 0.25):
        params["max_price"] = gen.pick(rng, PRICES)
    if gen.chance(rng, 0.25):
        params["in_stock"] = gen.pick(rng, ("true", "false", "1", "0"))
    if gen.chance(rng, 0.5):
        params["limit"] = gen.pick(rng, (1, 2, 3, 100))
    if gen.chance(rng, 0.4):
        params["offset"] = gen.pick(rng, (0, 1, 2, 5, 40))
    if gen.chance(rng, 0.05):
        params[gen.pick(rng, ("limit", "offset", "sort", "min_price"))] = gen.pick(
            rng, (-1, 0, 101, "x", "-name")
        )
    return params


def _request(rng: random.Random, created: int) -> tuple[str, str, Any]:
    kind = gen.pick(rng, ("POST", "POST", "POST", "GET", "PATCH", "DELETE", "LIST", "LIST"))
    some_id = rng.randint(1, max(1, created + 1))
    if kind == "POST":
        return ("POST", "/products", _product(rng))
    if kind == "GET":
        return ("GET", f"/products/{some_id}", None)
    if kind == "PATCH":
        return ("PATCH", f"/products/{some_id}", _patch(rng))
    if kind == "DELETE":
        return ("DELETE", f"/products/{some_id}", None)
    return ("GET", "/products", _listing(rng))


def _edge_requests() -> list[tuple[str, str, Any]]:
    """Orders of checks the instructions fix, and ids SQLite hands out again."""
    mug = {"sku": "MUG-01", "name": "Mug", "category": "kitchen", "price_cents": 1250}
    tee = {"sku": "TEE-01", "name": "Tee", "category": "clothing", "price_cents": 1250}
    return [
        ("POST", "/products", mug),
        ("POST", "/products", tee),
        ("PATCH", "/products/99", {"sku": "TEE-01"}),
        ("PATCH", "/products/99", {"sku": "tee"}),
        ("PATCH", "/products/99", {"stock": None}),
        ("PATCH", "/products/1", {"sku": "MUG-01"}),
        ("PATCH", "/products/1", {"sku": "TEE-01", "stock": 3}),
        ("GET", "/products/1", None),
        ("POST", "/products", {**mug, "name": " " + "y" * 120 + " "}),
        ("POST", "/products", {**mug, "sku": "MUG-02", "name": " " + "y" * 120 + " "}),
        ("DELETE", "/products/3", None),
        ("POST", "/products", {**tee, "sku": "TEE-02", "stock": 2}),
        ("DELETE", "/products/1", None),
        ("GET", "/products", {"sort": "-price"}),
        ("GET", "/products", {"sort": "price", "limit": 1, "offset": 1}),
        ("GET", "/products", {"q": "%"}),
        ("GET", "/products", {"in_stock": "false", "max_price": 1250, "min_price": 1250}),
    ]


def cases(rng: random.Random) -> Iterator[Case]:
    """About 45 sessions and 500 requests per seed."""
    for index in range(16):
        fields = {"id": rng.randint(1, 999), "sku": gen.pick(rng, SKUS),
                  "name": gen.pick(rng, NAMES), "category": gen.pick(rng, CATEGORIES),
                  "price_cents": gen.pick(rng, PRICES),
                  "stock": gen.pick(rng, (0, 1, 7))}  # fmt: skip
        if index % 4 in (1, 3):
            del fields["id"]
        if index % 4 in (2, 3):
            del fields["stock"]
        yield Case.probe(converted, fields, task=1)
    for field, values in FIELD_VALUES.items():
        yield Case.probe(validation, field, list(values), task=1, group="field rules")
    yield Case.probe(unknown_fields, list(UNKNOWN_FIELDS), task=1, group="unknown fields")
    yield Case.probe(session, _edge_requests(), task=2, group="create, read, update, delete")
    for _ in range(25):
        requests = []
        for _ in range(rng.randint(1, 14)):
            requests.append(_request(rng, sum(method == "POST" for method, _, _ in requests)))
        yield Case.probe(session, requests, task=2, group="create, read, update, delete")
    for _ in range(20):
        requests = [("POST", "/products", {**_product(rng, bad=0), "sku": f"P-{n:03d}"})
                    for n in range(rng.randint(3, 12))]  # fmt: skip
        requests += [("GET", "/products", _listing(rng)) for _ in range(rng.randint(2, 8))]
        yield Case.probe(session, requests, task=3, group="listings")
    for number in range(8):
        # Indexes an administrator added: SQLite hands out equal keys in index order.
        indexes = INDEXES[number % len(INDEXES)]
        requests = [("POST", "/products", {**_product(rng, bad=0), "sku": f"P-{n:03d}",
                                           "price_cents": gen.pick(rng, (650, 1250, 1250)),
                                           "name": gen.pick(rng, ("Mug", "Tee", "Mug"))})
                    for n in range(rng.randint(4, 10))]  # fmt: skip
        for sort in SORTS:
            requests.append(("GET", "/products", {"sort": sort}))
            requests.append(("GET", "/products", {"sort": sort, "limit": 2, "offset": 1}))
        yield Case.probe(session, requests, indexes, task=3, group="listings with indexes")
