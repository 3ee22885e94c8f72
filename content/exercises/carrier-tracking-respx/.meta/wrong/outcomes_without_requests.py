"""Every outcome is tried (timeouts, gateway errors, 401, 404, a refused subscription) and
each result or exception is checked, but never *what was sent* nor *how often*: no route's
``calls`` is read.

So a 401 retried three times still ends in ``CarrierError`` and passes, and a subscription
without the token, or sent as a form, is still answered by the mock.  A respx route matches
on method and URL only, unless told more: read ``route.calls.last.request`` (headers,
``content``) and ``route.call_count``.  The visible tests alone catch none of these bugs.
"""

from datetime import date

import httpx
import pytest
import respx

from carrier_tracking import CarrierClient, CarrierError, Parcel

BASE = "https://api.carrier.example"
DELIVERED = httpx.Response(200, json={"state": "delivered", "eta": "2026-03-02"})


@pytest.fixture
def api():
    with respx.mock(base_url=BASE) as router:
        yield router


@pytest.fixture
def client():
    with httpx.Client(base_url=BASE) as http:
        yield CarrierClient(http, token="s3cret")


def test_a_parcel_is_read(api, client):
    api.get("/v2/parcels/P-1").mock(return_value=DELIVERED)
    assert client.parcel("P-1") == Parcel("P-1", "delivered", date(2026, 3, 2))


def test_an_unknown_parcel_is_none(api, client):
    api.get("/v2/parcels/P-1").respond(404)
    assert client.parcel("P-1") is None


@pytest.mark.parametrize("failure", [httpx.ReadTimeout, httpx.ConnectError, httpx.Response(503)])
def test_a_failure_then_an_answer(api, client, failure):
    api.get("/v2/parcels/P-1").mock(side_effect=[failure, DELIVERED])
    assert client.parcel("P-1") is not None


def test_three_timeouts_give_up(api, client):
    api.get("/v2/parcels/P-1").mock(side_effect=httpx.ReadTimeout)
    with pytest.raises(CarrierError):
        client.parcel("P-1")


def test_a_bad_token_is_an_error(api, client):
    api.get("/v2/parcels/P-1").respond(401)
    with pytest.raises(CarrierError):
        client.parcel("P-1")


def test_a_subscription(api, client):
    api.post("/v2/parcels/P-1/subscriptions").respond(201, json={"id": 42})
    assert client.subscribe("P-1", "https://shop.example/hooks/parcels") == "42"


def test_a_refused_subscription(api, client):
    api.post("/v2/parcels/P-1/subscriptions").respond(409)
    with pytest.raises(CarrierError):
        client.subscribe("P-1", "https://shop.example/hooks/parcels")
