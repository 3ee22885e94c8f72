import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from product_catalog_crud import Product, ProductOut, create_app, to_out


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(create_app("sqlite://")) as test_client:
        yield test_client


def product(sku: str, name: str = "Mug", category: str = "kitchen", price: int = 1250,
            stock: int = 0) -> dict[str, Any]:  # fmt: skip
    return {"sku": sku, "name": name, "category": category, "price_cents": price, "stock": stock}


def add(client: TestClient, *products: dict[str, Any]) -> list[int]:
    ids = []
    for body in products:
        response = client.post("/products", json=body)
        assert response.status_code == 201, response.text
        ids.append(response.json()["id"])
    return ids


def listing(client: TestClient, **params: Any) -> tuple[list[str], int]:
    response = client.get("/products", params=params)
    assert response.status_code == 200, response.text
    page = response.json()
    return [item["sku"] for item in page["items"]], page["total"]


@pytest.mark.task(taskno=1)
def test_an_orm_row_becomes_the_api_model() -> None:
    row = Product(id=7, sku="MUG-01", name="Mug", category="kitchen", price_cents=1250, stock=3)
    out = to_out(row)
    assert isinstance(out, ProductOut)
    assert out.model_dump() == {"id": 7, "sku": "MUG-01", "name": "Mug", "category": "kitchen",
                                "price_cents": 1250, "stock": 3, "in_stock": True}  # fmt: skip
    assert ProductOut.model_validate(row) == out, "ProductOut reads attributes itself"
    row.stock = 0
    assert to_out(row).in_stock is False


@pytest.mark.task(taskno=1)
def test_an_unsaved_product_without_id_or_stock() -> None:
    row = Product(sku="MUG-01", name="Mug", category="kitchen", price_cents=1250)
    assert row.stock == 0, "stock defaults to 0 in the constructor, not only at INSERT"
    out = to_out(row).model_dump()
    assert (out["id"], out["stock"], out["in_stock"]) == (None, 0, False), out


@pytest.mark.task(taskno=2)
def test_create_then_read(client: TestClient) -> None:
    response = client.post("/products", json=product("MUG-01", name="  Blue mug  ", stock=4))
    assert response.status_code == 201
    created = response.json()
    assert created == {"id": 1, "sku": "MUG-01", "name": "Blue mug", "category": "kitchen",
                       "price_cents": 1250, "stock": 4, "in_stock": True}  # fmt: skip
    assert client.get("/products/1").json() == created
    response = client.get("/products/2")
    assert (response.status_code, response.json()) == (404, {"detail": "product 2 not found"})


@pytest.mark.task(taskno=2)
def test_a_duplicate_sku_is_a_conflict(client: TestClient) -> None:
    add(client, product("MUG-01"))
    response = client.post("/products", json=product("MUG-01", name="Other"))
    assert (response.status_code, response.json()) == (409, {"detail": "sku MUG-01 already exists"})
    assert add(client, product("MUG-02")) == [2], "the app keeps working after a conflict"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    "body",
    [
        product("mug-01"),
        product("MU"),
        product("MUG_01"),
        product("-MUG"),
        product("MUG-01\n"),
        product("MUG-01", category="9lives"),
        product("MUG-01", category="-kitchen"),
        product("MUG-01", name="   "),
        product("MUG-01", name="x" * 121),
        product("MUG-01", category="Kitchen"),
        product("MUG-01", price=-1),
        product("MUG-01", stock=-5),
        {"sku": "MUG-01", "name": "Mug", "category": "kitchen"},
        {**product("MUG-01"), "colour": "blue"},
    ],
)
def test_invalid_products_are_422(client: TestClient, body: dict[str, Any]) -> None:
    assert client.post("/products", json=body).status_code == 422
    assert listing(client) == ([], 0)


@pytest.mark.task(taskno=2)
def test_patch_changes_only_the_given_fields(client: TestClient) -> None:
    add(client, product("MUG-01", stock=2), product("TEE-01", category="clothing"))
    response = client.patch("/products/1", json={"price_cents": 990, "stock": 0})
    assert response.status_code == 200
    assert response.json() == {"id": 1, "sku": "MUG-01", "name": "Mug", "category": "kitchen",
                               "price_cents": 990, "stock": 0, "in_stock": False}  # fmt: skip
    assert client.patch("/products/1", json={}).json()["price_cents"] == 990


@pytest.mark.task(taskno=2)
def test_patch_errors(client: TestClient) -> None:
    add(client, product("MUG-01"), product("TEE-01"))
    response = client.patch("/products/1", json={"sku": "TEE-01", "price_cents": 5})
    assert (response.status_code, response.json()) == (409, {"detail": "sku TEE-01 already exists"})
    assert client.get("/products/1").json()["price_cents"] == 1250, "nothing changed"
    assert client.patch("/products/1", json={"stock": None}).status_code == 422
    assert client.patch("/products/1", json={"price_cents": -3}).status_code == 422
    assert client.patch("/products/1", json={"price": 5}).status_code == 422, (
        "an unknown field is rejected, not ignored"
    )
    assert client.patch("/products/1", json={"category": "9lives"}).status_code == 422
    response = client.patch("/products/9", json={"stock": 1})
    assert (response.status_code, response.json()) == (404, {"detail": "product 9 not found"})


@pytest.mark.task(taskno=2)
def test_delete(client: TestClient) -> None:
    add(client, product("MUG-01"), product("TEE-01"))
    response = client.delete("/products/1")
    assert (response.status_code, response.content) == (204, b"")
    assert client.get("/products/1").status_code == 404
    response = client.delete("/products/1")
    assert (response.status_code, response.json()) == (404, {"detail": "product 1 not found"})
    assert listing(client) == (["TEE-01"], 1)


@pytest.mark.task(taskno=2)
def test_each_app_has_its_own_database(tmp_path: Path) -> None:
    with TestClient(create_app("sqlite://")) as first:
        add(first, product("MUG-01"))
    with TestClient(create_app("sqlite://")) as second:
        assert listing(second) == ([], 0)
    url = f"sqlite:///{tmp_path / 'catalogue.db'}"
    with TestClient(create_app(url)) as on_disk:
        add(on_disk, product("MUG-01"))
    with TestClient(create_app(url)) as reopened:
        assert listing(reopened) == (["MUG-01"], 1), "a file database keeps its rows"


def _catalogue(client: TestClient) -> None:
    add(client,
        product("MUG-01", "Blue mug", "kitchen", 1250, 3),
        product("TEE-01", "Plain tee", "clothing", 1999, 0),
        product("MUG-02", "mug, large", "kitchen", 1250, 10),
        product("PAN-01", "Frying pan", "kitchen", 3400, 1),
        product("TEE-02", "Tee 100%_cotton", "clothing", 999, 5),
        product("CUP-01", "Espresso cup", "kitchen", 650, 0))  # fmt: skip


@pytest.mark.task(taskno=3)
def test_default_listing_is_by_id_with_a_page_of_20(client: TestClient) -> None:
    _catalogue(client)
    page = client.get("/products").json()
    assert [item["id"] for item in page["items"]] == [1, 2, 3, 4, 5, 6]
    assert (page["total"], page["limit"], page["offset"]) == (6, 20, 0)
    assert page["items"][0] == client.get("/products/1").json()


@pytest.mark.task(taskno=3)
def test_sorting_with_ties_by_id(client: TestClient) -> None:
    _catalogue(client)
    assert listing(client, sort="price")[0] == ["CUP-01", "TEE-02", "MUG-01", "MUG-02", "TEE-01",
                                                 "PAN-01"]  # fmt: skip
    assert listing(client, sort="-price")[0] == ["PAN-01", "TEE-01", "MUG-01", "MUG-02", "TEE-02",
                                                  "CUP-01"]  # fmt: skip
    assert listing(client, sort="name")[0] == ["MUG-01", "CUP-01", "PAN-01", "TEE-01", "TEE-02",
                                                "MUG-02"]  # fmt: skip
    assert listing(client, sort="newest")[0] == ["CUP-01", "TEE-02", "PAN-01", "MUG-02", "TEE-01",
                                                  "MUG-01"]  # fmt: skip


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("index", ["price_cents", "price_cents DESC"])
def test_ties_by_id_whatever_indexes_the_table_has(tmp_path: Path, index: str) -> None:
    database = tmp_path / "catalogue.db"
    app = create_app(f"sqlite:///{database}")
    with sqlite3.connect(database) as connection:
        connection.execute(f"CREATE INDEX ix_admin ON products ({index})")
    connection.close()
    with TestClient(app) as client:
        _catalogue(client)
        assert listing(client, sort="price")[0][2:4] == ["MUG-01", "MUG-02"], (
            f"with an index on {index}, ties still by id: put the id in your ORDER BY"
        )
        assert listing(client, sort="-price")[0][2:4] == ["MUG-01", "MUG-02"]


@pytest.mark.task(taskno=3)
def test_filters_combine(client: TestClient) -> None:
    _catalogue(client)
    assert listing(client, category="kitchen", in_stock=True) == (["MUG-01", "MUG-02", "PAN-01"], 3)
    assert listing(client, min_price=999, max_price=1250) == (["MUG-01", "MUG-02", "TEE-02"], 3)
    assert listing(client, in_stock=False) == (["TEE-01", "CUP-01"], 2)
    assert listing(client, min_price=2000, max_price=1000) == ([], 0)
    assert listing(client, category="garden") == ([], 0)


@pytest.mark.task(taskno=3)
def test_search_is_case_insensitive_and_literal(client: TestClient) -> None:
    _catalogue(client)
    assert listing(client, q="MUG") == (["MUG-01", "MUG-02"], 2)
    assert listing(client, q="100%_") == (["TEE-02"], 1), "% and _ are not wildcards"
    assert listing(client, q="_") == (["TEE-02"], 1)
    assert listing(client, q="") == (["MUG-01", "TEE-01", "MUG-02", "PAN-01", "TEE-02", "CUP-01"],
                                     6)  # fmt: skip


@pytest.mark.task(taskno=3)
def test_search_folds_only_ascii_letters_like_sqlite(client: TestClient) -> None:
    add(client, product("TIN-01", name="Éclair tin"), product("TIN-02", name="éclair box"))
    assert listing(client, q="ÉCLAIR") == (["TIN-01"], 1), "C, L, A, I, R fold; É does not"
    assert listing(client, q="éclair") == (["TIN-02"], 1)
    assert listing(client, q="CLAIR") == (["TIN-01", "TIN-02"], 2)


@pytest.mark.task(taskno=3)
def test_pagination_counts_every_match(client: TestClient) -> None:
    _catalogue(client)
    response = client.get("/products", params={"sort": "price", "limit": 2, "offset": 1})
    page = response.json()
    assert [item["sku"] for item in page["items"]] == ["TEE-02", "MUG-01"]
    assert (page["total"], page["limit"], page["offset"]) == (6, 2, 1)
    assert listing(client, category="kitchen", limit=3, offset=3) == (["CUP-01"], 4)
    assert listing(client, offset=50) == ([], 6)


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 101},
        {"offset": -1},
        {"sort": "price_desc"},
        {"min_price": -1},
        {"max_price": "cheap"},
        {"in_stock": "maybe"},
    ],  # fmt: skip
    ids=repr,
)
def test_invalid_query_parameters_are_422(client: TestClient, params: dict[str, Any]) -> None:
    assert client.get("/products", params=params).status_code == 422
