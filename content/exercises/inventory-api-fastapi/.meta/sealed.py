"""Sealed cases for inventory-api-fastapi, driven through FastAPI's ``TestClient``.

Each case builds a fresh app and sends generated requests: items valid and invalid
(SKUs with a trailing newline, lower case or non-ASCII letters; unicode names of 80 and
81 characters), lists with every ``min_quantity``, stock moves at and past the bounds and
below zero, deletes, ids that are 0, negative or huge, and tokens missing, wrong, empty or
non-ASCII. A missing token is never combined with an invalid request (which status wins is
FastAPI's business, not the instructions'). Answers are observed as status and JSON body;
a 422 as its list of locations only. Other probes replace ``get_store`` and
``require_token`` through ``dependency_overrides``, and spy on ``compare_digest``.
"""

from __future__ import annotations

import hmac
import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen
from pyhero.sealed.record import spy

SOLUTION = "inventory_api_fastapi"

TOKEN = "dev-token"
SKUS = ("MUG-1", "TEE-1", "A1B", "X-1", "12345678901234567890", "PEN-01")
BAD_SKUS = ("mug-1", "MUG-1\n", "ÉCHARPE", "AB", "123456789012345678901", "MUG 1", "")
NAMES = ("Mug", "ü" * 80, "🙂", " ", "Tasse à café")
BAD_NAMES = ("", "ü" * 81)


def _answer(response: Any) -> Any:
    if response.status_code == 422:
        try:
            return (422, [list(error["loc"]) for error in response.json()["detail"]])
        except (ValueError, KeyError, TypeError):
            return (422, "not FastAPI's validation body")
    if response.status_code == 204:
        return (204, response.content)
    try:
        return (response.status_code, response.json())
    except ValueError:
        return (response.status_code, response.content)


def _client(solution: Any, app: Any) -> Any:
    from fastapi.testclient import TestClient

    return TestClient(app, raise_server_exceptions=False)


def _send(client: Any, request: list[Any]) -> Any:
    method, path, body, token = request
    headers = {} if token is None else {"X-Api-Token": token.encode()}
    if method == "GET":
        return client.get(path, headers=headers)
    if method == "DELETE":
        return client.delete(path, headers=headers)
    return client.post(path, json=body, headers=headers)


def requests(solution, token, sent):  # type: ignore[no-untyped-def]
    """A fresh ``create_app(api_token=token)``, then ``sent``: each answer."""
    app = solution.create_app(api_token=token)
    with _client(solution, app) as client:
        return [_answer(_send(client, request)) for request in sent]


def overrides(solution, sent):  # type: ignore[no-untyped-def]
    """``get_store`` replaced by a store holding one item, ``require_token`` by a dependency
    that lets everything through: every route must use both replacements."""
    own = solution.InventoryStore()
    own.add(solution.ItemIn(sku="OWN-1", name="from the override", quantity=3, price_cents=5))
    app = solution.create_app(api_token="never-sent")
    app.dependency_overrides[solution.get_store] = lambda: own
    app.dependency_overrides[solution.require_token] = lambda: None
    with _client(solution, app) as client:
        answers = [_answer(_send(client, request)) for request in sent]
    return {"answers": answers, "override store": [item.model_dump() for item in own.list(0)]}


def injected(solution):  # type: ignore[no-untyped-def]
    """An empty store given to ``create_app`` is the one used (not a new one)."""
    store = solution.InventoryStore()
    app = solution.create_app(store)
    with _client(solution, app) as client:
        created = _answer(_send(client, ["POST", "/items", _item("MUG-1"), TOKEN]))
    found = store.get(1)
    return {"created": created, "in the given store": found.sku if found else None}


def token_check(solution, sent_token):  # type: ignore[no-untyped-def]
    """A write with ``sent_token``, under a spy on ``compare_digest``."""
    app = solution.create_app(api_token=TOKEN)
    with spy(hmac, "compare_digest", modules=[solution]) as calls, _client(solution, app) as client:
        answer = _answer(_send(client, ["POST", "/items", _item("MUG-1"), sent_token]))
    # A non-ASCII token may be refused before any comparison: only ASCII ones must reach it.
    used = calls.called if sent_token.isascii() else None
    return {"answer": answer, "compare_digest used": used}


def _item(sku: str, **changes: Any) -> dict[str, Any]:
    return {"sku": sku, "name": "Mug", "quantity": 10, "price_cents": 1250, **changes}


def _request(rng: random.Random, created: int) -> list[Any]:
    item_id = gen.pick(rng, (*range(1, created + 2), 0, -1, 10**20))
    roll = rng.random()
    token = TOKEN
    if roll < 0.35:
        sku = gen.pick(rng, SKUS) if gen.chance(rng, 0.8) else gen.pick(rng, BAD_SKUS)
        name = gen.pick(rng, NAMES) if gen.chance(rng, 0.85) else gen.pick(rng, BAD_NAMES)
        quantity, price = gen.pick(rng, (0, 1, 10, -1)), gen.pick(rng, (0, 99, -5))
        body = _item(sku, name=name, quantity=quantity, price_cents=price)
        if gen.chance(rng, 0.1):
            body.pop(gen.pick(rng, list(body)))
        return ["POST", "/items", body, token]
    if roll < 0.5:
        return ["GET", f"/items/{item_id}", None, None]
    if roll < 0.6:
        return ["GET", f"/items?min_quantity={gen.pick(rng, (0, 1, 10, 11, -1, 'x'))}", None, None]
    if roll < 0.8:
        delta = gen.pick(rng, (1, -1, -10, 10_000, -10_000, 10_001, -10_001, 0))
        return ["POST", f"/items/{item_id}/stock", {"delta": delta}, token]
    if roll < 0.9:
        return ["DELETE", f"/items/{item_id}", None, token]
    # Writes with a wrong token, always with a valid request.
    bad = gen.pick(rng, (None, "", "guess", "dev-token ", "DEV-TOKEN", "tökén"))
    if gen.chance(rng, 0.5):
        return ["POST", "/items", _item(gen.pick(rng, SKUS)), bad]
    return ["DELETE", f"/items/{max(item_id, 1)}", None, bad]


def cases(rng: random.Random) -> Iterator[Case]:
    """About 50 cases per seed."""
    for _ in range(30):
        sent = []
        for _ in range(rng.randint(1, 25)):
            created = sum(1 for request in sent if request[:2] == ["POST", "/items"])
            sent.append(_request(rng, created))
        sent.append(["GET", "/items", None, None])
        token = gen.pick(rng, (TOKEN, TOKEN, "s3cret"))
        sent = [[*request[:3], token if request[3] == TOKEN else request[3]] for request in sent]
        yield Case.probe(requests, token, sent, task=4)
    for path in ("/items/abc", "/items/1.5", "/items/", "/items/1/stock", "/health"):
        yield Case.probe(requests, TOKEN, [["GET", path, None, None]], task=2, group="paths")
    for _ in range(5):
        sent = [["POST", "/items", _item(gen.pick(rng, SKUS)), None],
                ["POST", "/items/1/stock", {"delta": -2}, None], ["GET", "/items/1", None, None],
                ["DELETE", "/items/1", None, None], ["GET", "/items", None, None]]  # fmt: skip
        yield Case.probe(overrides, gen.shuffled(rng, sent), task=3)
    sent = [["POST", "/items", _item(sku), TOKEN] for sku in ("MUG-1", "MUG-1", "mug-1", "TEE-1")]
    sent += [["DELETE", "/items/2", None, TOKEN], ["POST", "/items", _item("PEN-1"), TOKEN]]
    yield Case.probe(requests, TOKEN, sent, task=1, group="ids")
    yield Case.probe(injected, task=1)
    for sent_token in (TOKEN, "guess", "dev-token!", "tökén", "dev-token\u00a0"):
        yield Case.probe(token_check, sent_token, task=3)
