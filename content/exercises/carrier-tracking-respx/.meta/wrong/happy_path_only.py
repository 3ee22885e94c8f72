"""Only the answers a healthy carrier gives are mocked: a parcel, an unknown parcel and an
accepted subscription.  No route ever fails, so nothing checks the retries (timeouts and
gateway errors pass unretried), nor what a 401 does, and the subscription's request is
never looked at (no token, a form body: both pass).

respx makes failures as cheap as successes: ``side_effect=[httpx.ReadTimeout, response]``.
The visible tests alone catch none of these bugs either.
"""

from datetime import date

import httpx
import pytest
import respx

from carrier_tracking import CarrierClient, Parcel

BASE = "https://api.carrier.example"


@pytest.fixture
def api():
    with respx.mock(base_url=BASE) as router:
        yield router


@pytest.fixture
def client():
    with httpx.Client(base_url=BASE) as http:
        yield CarrierClient(http, token="s3cret")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {"state": "in_transit", "eta": "2026-03-02"},
            Parcel("P-1", "in_transit", date(2026, 3, 2)),
        ),
        ({"state": "registered", "eta": None}, Parcel("P-1", "registered", None)),
    ],
)
def test_a_parcel_is_read(api, client, body, expected):
    route = api.get("/v2/parcels/P-1").respond(200, json=body)
    assert client.parcel("P-1") == expected
    assert route.calls.last.request.headers["Authorization"] == "Bearer s3cret"


def test_an_unknown_parcel_is_none(api, client):
    api.get("/v2/parcels/P-404").respond(404)
    assert client.parcel("P-404") is None


def test_a_subscription_returns_its_id(api, client):
    api.post("/v2/parcels/P-1/subscriptions").respond(201, json={"id": 42})
    assert client.subscribe("P-1", "https://shop.example/hooks/parcels") == "42"


def test_the_id_is_a_string(api, client):
    api.post("/v2/parcels/P-2/subscriptions").respond(201, json={"id": "sub-9"})
    assert client.subscribe("P-2", "https://shop.example/hooks/parcels") == "sub-9"


def test_another_parcel(api, client):
    api.get("/v2/parcels/P-2").respond(200, json={"state": "delivered"})
    assert client.parcel("P-2") == Parcel("P-2", "delivered", None)


def test_a_parcel_id_with_letters(api, client):
    api.get("/v2/parcels/ab12").respond(200, json={"state": "registered"})
    assert client.parcel("ab12") == Parcel("ab12", "registered", None)
