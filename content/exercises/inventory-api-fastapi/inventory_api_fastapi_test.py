from typing import Any

import pytest
from fastapi.testclient import TestClient

from inventory_api_fastapi import InventoryStore, ItemIn, create_app, get_store, require_token

AUTH = {"X-Api-Token": "dev-token"}


def mug(**changes: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"sku": "MUG-1", "name": "Mug", "quantity": 10, "price_cents": 1250}
    item.update(changes)
    return item


@pytest.fixture
def client() -> TestClient:
    return TestClient(create_app())


def error_locations(response: Any) -> list[list[str | int]]:
    return [error["loc"] for error in response.json()["detail"]]


@pytest.mark.task(taskno=1)
def test_health_answers_ok(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.task(taskno=1)
def test_create_returns_201_with_the_new_id(client: TestClient) -> None:
    response = client.post("/items", json=mug(), headers=AUTH)
    assert response.status_code == 201, f"creation answers 201 Created, got {response.status_code}"
    assert response.json() == {"id": 1, **mug()}, "ids start at 1"
    second = client.post("/items", json=mug(sku="TEE-1", name="Tee"), headers=AUTH)
    assert second.json()["id"] == 2
    assert client.get("/items/2").json()["name"] == "Tee"


@pytest.mark.task(taskno=1)
def test_unknown_item_is_404_with_a_message(client: TestClient) -> None:
    response = client.get("/items/99")
    assert response.status_code == 404
    assert response.json() == {"detail": "item 99 not found"}


@pytest.mark.task(taskno=1)
def test_duplicate_sku_is_a_409_conflict(client: TestClient) -> None:
    client.post("/items", json=mug(), headers=AUTH)
    response = client.post("/items", json=mug(name="Other mug"), headers=AUTH)
    assert response.status_code == 409
    assert response.json() == {"detail": "sku MUG-1 already exists"}
    assert len(client.get("/items").json()) == 1


@pytest.mark.task(taskno=2)
def test_invalid_bodies_are_422_with_field_locations(client: TestClient) -> None:
    response = client.post("/items", json=mug(quantity=-1, name=""), headers=AUTH)
    assert response.status_code == 422
    got = error_locations(response)
    assert got == [["body", "name"], ["body", "quantity"]], got
    for bad in (mug(sku="mug-1"), mug(sku="MU"), mug(price_cents=-1), mug(name="n" * 81)):
        assert client.post("/items", json=bad, headers=AUTH).status_code == 422, bad
    missing = client.post("/items", json={"sku": "MUG-1"}, headers=AUTH)
    assert error_locations(missing) == [
        ["body", "name"],
        ["body", "quantity"],
        ["body", "price_cents"],
    ]


@pytest.mark.task(taskno=2)
def test_field_boundaries_that_are_accepted(client: TestClient) -> None:
    body = mug(sku="GIFT-CARD-0000000001", name="n" * 80, quantity=0, price_cents=0)
    response = client.post("/items", json=body, headers=AUTH)
    assert response.status_code == 201, response.json()
    short = client.post("/items", json=mug(sku="X-1", name="X"), headers=AUTH)
    assert short.status_code == 201, "a one-character name is long enough"


@pytest.mark.task(taskno=2)
def test_path_parameter_must_be_an_integer(client: TestClient) -> None:
    response = client.get("/items/abc")
    assert response.status_code == 422
    assert error_locations(response) == [["path", "item_id"]]


@pytest.mark.task(taskno=2)
def test_list_filters_by_minimum_quantity_inclusively(client: TestClient) -> None:
    for sku, quantity in (("A-1", 0), ("B-1", 5), ("C-1", 6)):
        client.post("/items", json=mug(sku=sku, quantity=quantity), headers=AUTH)
    everything = [item["sku"] for item in client.get("/items").json()]
    assert everything == ["A-1", "B-1", "C-1"], "by default every item, in id order"
    got = [item["sku"] for item in client.get("/items", params={"min_quantity": 5}).json()]
    assert got == ["B-1", "C-1"], f"quantity == min_quantity is included, got {got}"
    assert client.get("/items", params={"min_quantity": -1}).status_code == 422


@pytest.mark.task(taskno=3)
def test_writes_need_the_api_token(client: TestClient) -> None:
    assert client.post("/items", json=mug()).status_code == 401, "no token"
    wrong = client.post("/items", json=mug(), headers={"X-Api-Token": "guess"})
    assert wrong.status_code == 401
    assert wrong.json() == {"detail": "missing or bad api token"}
    assert client.get("/items").json() == [], "nothing was stored"
    assert client.delete("/items/1").status_code == 401
    assert client.post("/items/1/stock", json={"delta": 1}).status_code == 401


@pytest.mark.task(taskno=3)
def test_the_token_is_configurable() -> None:
    client = TestClient(create_app(api_token="s3cret"))
    assert client.post("/items", json=mug(), headers=AUTH).status_code == 401
    ok = client.post("/items", json=mug(), headers={"X-Api-Token": "s3cret"})
    assert ok.status_code == 201


@pytest.mark.task(taskno=3)
def test_app_uses_the_store_it_is_given() -> None:
    store = InventoryStore()
    store.add(ItemIn(sku="PEN-1", name="Pen", quantity=3, price_cents=99))
    client = TestClient(create_app(store))
    assert client.get("/items/1").json()["sku"] == "PEN-1", "the injected store is served"
    other = TestClient(create_app())
    assert other.get("/items").json() == [], "each app without a store gets its own"


@pytest.mark.task(taskno=4)
def test_stock_changes_update_the_quantity(client: TestClient) -> None:
    client.post("/items", json=mug(quantity=10), headers=AUTH)
    response = client.post("/items/1/stock", json={"delta": 5}, headers=AUTH)
    assert response.status_code == 200
    assert response.json()["quantity"] == 15
    emptied = client.post("/items/1/stock", json={"delta": -15}, headers=AUTH)
    assert emptied.json()["quantity"] == 0, "selling the last unit is fine"
    assert client.get("/items/1").json()["quantity"] == 0, "the change is stored"


@pytest.mark.task(taskno=4)
def test_stock_cannot_go_negative(client: TestClient) -> None:
    client.post("/items", json=mug(quantity=2), headers=AUTH)
    response = client.post("/items/1/stock", json={"delta": -3}, headers=AUTH)
    assert response.status_code == 409
    assert response.json() == {"detail": "only 2 of MUG-1 in stock"}
    assert client.get("/items/1").json()["quantity"] == 2


@pytest.mark.task(taskno=4)
def test_stock_delta_bounds_and_unknown_items(client: TestClient) -> None:
    client.post("/items", json=mug(quantity=0), headers=AUTH)
    assert client.post("/items/1/stock", json={"delta": 10_000}, headers=AUTH).status_code == 200
    assert client.post("/items/1/stock", json={"delta": -10_000}, headers=AUTH).status_code == 200
    for delta in (10_001, -10_001):
        response = client.post("/items/1/stock", json={"delta": delta}, headers=AUTH)
        assert response.status_code == 422, f"delta {delta} is out of range"
    missing = client.post("/items/7/stock", json={"delta": 1}, headers=AUTH)
    assert missing.status_code == 404
    assert missing.json() == {"detail": "item 7 not found"}


@pytest.mark.task(taskno=4)
def test_delete_is_204_then_404(client: TestClient) -> None:
    client.post("/items", json=mug(), headers=AUTH)
    response = client.delete("/items/1", headers=AUTH)
    assert response.status_code == 204
    assert response.content == b"", "204 has no body"
    assert client.get("/items/1").status_code == 404
    again = client.delete("/items/1", headers=AUTH)
    assert again.status_code == 404
    assert again.json() == {"detail": "item 1 not found"}


@pytest.mark.task(taskno=1)
def test_a_refused_item_uses_up_no_id(client: TestClient) -> None:
    client.post("/items", json=mug(), headers=AUTH)
    assert client.post("/items", json=mug(), headers=AUTH).status_code == 409
    assert client.post("/items", json=mug(sku="TEE-1"), headers=AUTH).json()["id"] == 2


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("item_id", [0, -1])
def test_any_unknown_integer_id_is_a_404(client: TestClient, item_id: int) -> None:
    response = client.get(f"/items/{item_id}")
    assert response.status_code == 404, "an integer id that is not stored is not found"
    assert response.json() == {"detail": f"item {item_id} not found"}


@pytest.mark.task(taskno=3)
def test_routes_use_the_dependencies_so_they_can_be_overridden() -> None:
    own = InventoryStore()
    own.add(ItemIn(sku="OWN-1", name="Own", quantity=1, price_cents=1))
    app = create_app()
    app.dependency_overrides[get_store] = lambda: own
    app.dependency_overrides[require_token] = lambda: None
    client = TestClient(app)
    assert client.get("/items/1").json()["sku"] == "OWN-1", "the overriding store is used"
    assert client.post("/items", json=mug()).status_code == 201, "the token check is replaced"
    assert [item.sku for item in own.list(0)] == ["OWN-1", "MUG-1"]


@pytest.mark.task(taskno=4)
def test_ids_are_never_reused(client: TestClient) -> None:
    client.post("/items", json=mug(), headers=AUTH)
    client.delete("/items/1", headers=AUTH)
    response = client.post("/items", json=mug(), headers=AUTH)
    assert response.json()["id"] == 2, "a deleted id stays retired"
