"""Tests for carrier_tracking.py: the carrier's API is mocked with respx, never called."""

import json
from datetime import date

import httpx
import pytest
import respx

from carrier_tracking import CarrierClient, CarrierError, Parcel

BASE = "https://api.carrier.example"


@pytest.fixture
def api():
    with respx.mock(base_url=BASE) as router:
        yield router


@pytest.fixture
def client():
    with httpx.Client(base_url=BASE) as http:
        yield CarrierClient(http, token="s3cret")


def test_a_parcel_is_read_with_the_token(api, client):
    route = api.get("/v2/parcels/P-1").respond(
        200, json={"state": "in_transit", "eta": "2026-03-02"}
    )
    assert client.parcel("P-1") == Parcel("P-1", "in_transit", date(2026, 3, 2))
    assert route.call_count == 1
    assert route.calls.last.request.headers["Authorization"] == "Bearer s3cret"


def test_a_parcel_without_an_eta(api, client):
    api.get("/v2/parcels/P-1").respond(200, json={"state": "registered", "eta": None})
    assert client.parcel("P-1") == Parcel("P-1", "registered", None)


def test_an_unknown_parcel_is_none(api, client):
    route = api.get("/v2/parcels/P-404").respond(404)
    assert client.parcel("P-404") is None
    assert route.call_count == 1


@pytest.mark.parametrize("status", [502, 503, 504])
def test_gateway_errors_are_retried(api, client, status):
    route = api.get("/v2/parcels/P-1")
    route.side_effect = [httpx.Response(status), httpx.Response(200, json={"state": "delivered"})]
    assert client.parcel("P-1") == Parcel("P-1", "delivered", None)
    assert route.call_count == 2


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ReadTimeout, httpx.ConnectTimeout])
def test_transport_errors_are_retried(api, client, error):
    route = api.get("/v2/parcels/P-1")
    route.side_effect = [error, httpx.Response(200, json={"state": "delivered"})]
    assert client.parcel("P-1") == Parcel("P-1", "delivered", None)
    assert route.call_count == 2


def test_it_gives_up_after_three_attempts(api, client):
    route = api.get("/v2/parcels/P-1").mock(side_effect=httpx.ReadTimeout)
    with pytest.raises(CarrierError, match="after 3 attempts: ReadTimeout"):
        client.parcel("P-1")
    assert route.call_count == 3


@pytest.mark.parametrize("status", [400, 401, 403, 429])
def test_client_errors_are_refused_at_once(api, client, status):
    route = api.get("/v2/parcels/P-1").respond(status)
    with pytest.raises(CarrierError, match=f"refused: HTTP {status}"):
        client.parcel("P-1")
    assert route.call_count == 1


def test_a_subscription_posts_json_with_the_token(api, client):
    route = api.post("/v2/parcels/P-1/subscriptions").respond(201, json={"id": 42})
    assert client.subscribe("P-1", "https://shop.example/hooks/parcels") == "42"
    request = route.calls.last.request
    assert request.headers["Authorization"] == "Bearer s3cret"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {
        "url": "https://shop.example/hooks/parcels",
        "events": ["state_changed"],
    }


def test_a_refused_subscription_is_not_retried(api, client):
    route = api.post("/v2/parcels/P-1/subscriptions").respond(503)
    with pytest.raises(CarrierError, match="subscription refused: HTTP 503"):
        client.subscribe("P-1", "https://shop.example/hooks/parcels")
    assert route.call_count == 1
