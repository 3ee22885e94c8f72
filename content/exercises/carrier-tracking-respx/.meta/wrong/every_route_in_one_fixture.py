"""One fixture mocks the whole API up front: a parcel route and a subscription route, with
respx's default ``assert_all_called=True``.  Each test calls only one of them, so when the
mock exits respx raises ``AllCalledAssertionError`` and every test fails against the real
module: the suite is never trusted, and no bug counts as caught.

Register in each test the routes it uses, or build the router with
``respx.mock(base_url=..., assert_all_called=False)`` when sharing is what you want.
"""

import json

import httpx
import pytest
import respx

from carrier_tracking import CarrierClient, CarrierError

BASE = "https://api.carrier.example"


@pytest.fixture
def api():
    with respx.mock(base_url=BASE) as router:
        router.get("/v2/parcels/P-1", name="parcel").respond(200, json={"state": "delivered"})
        router.post("/v2/parcels/P-1/subscriptions", name="subscribe").respond(201, json={"id": 42})
        yield router


@pytest.fixture
def client():
    with httpx.Client(base_url=BASE) as http:
        yield CarrierClient(http, token="s3cret")


def test_a_parcel_is_read_with_the_token(api, client):
    assert client.parcel("P-1").state == "delivered"
    assert api["parcel"].calls.last.request.headers["Authorization"] == "Bearer s3cret"


@pytest.mark.parametrize("failure", [httpx.ReadTimeout, httpx.Response(503)])
def test_failures_are_retried(api, client, failure):
    api["parcel"].side_effect = [failure, httpx.Response(200, json={"state": "delivered"})]
    assert client.parcel("P-1").state == "delivered"
    assert api["parcel"].call_count == 2


def test_a_401_is_refused_at_once(api, client):
    api["parcel"].return_value = httpx.Response(401)
    with pytest.raises(CarrierError):
        client.parcel("P-1")
    assert api["parcel"].call_count == 1


def test_an_unknown_parcel_is_none(api, client):
    api["parcel"].return_value = httpx.Response(404)
    assert client.parcel("P-1") is None


def test_a_subscription_posts_json_with_the_token(api, client):
    assert client.subscribe("P-1", "https://shop.example/hooks/parcels") == "42"
    request = api["subscribe"].calls.last.request
    assert request.headers["Authorization"] == "Bearer s3cret"
    assert json.loads(request.content)["url"] == "https://shop.example/hooks/parcels"


def test_a_refused_subscription_is_not_retried(api, client):
    api["subscribe"].return_value = httpx.Response(503)
    with pytest.raises(CarrierError):
        client.subscribe("P-1", "https://shop.example/hooks/parcels")
    assert api["subscribe"].call_count == 1
