"""Tests for carrier_tracking.py with the ``respx_mock`` fixture of respx's pytest plugin,
configured by the ``respx`` marker, and a handler function that answers each attempt."""

import json

import httpx
import pytest

from carrier_tracking import CarrierClient, CarrierError

BASE = "https://api.carrier.example"
HOOK = "https://shop.example/hooks/parcels"

pytestmark = pytest.mark.respx(base_url=BASE)


@pytest.fixture
def client():
    with httpx.Client(base_url=BASE) as http:
        yield CarrierClient(http, token="t0ken", attempts=3)


def answers(*outcomes):
    """A side effect that gives ``outcomes`` in turn: an exception class is raised for the
    request, a status code becomes a response."""
    pending = list(outcomes)

    def handler(request):
        outcome = pending.pop(0)
        if isinstance(outcome, type):
            raise outcome("no answer", request=request)
        if isinstance(outcome, int):
            return httpx.Response(outcome)
        return httpx.Response(200, json=outcome)

    return handler


def test_the_token_and_the_eta(respx_mock, client):
    respx_mock.get("/v2/parcels/X9").mock(
        side_effect=answers({"state": "out_for_delivery", "eta": "2026-12-24"})
    )
    parcel = client.parcel("X9")
    assert (parcel.parcel_id, parcel.state, parcel.eta.isoformat()) == (
        "X9",
        "out_for_delivery",
        "2026-12-24",
    )
    assert respx_mock.calls.last.request.headers["authorization"] == "Bearer t0ken"


def test_404_means_unknown(respx_mock, client):
    respx_mock.get("/v2/parcels/X9").mock(side_effect=answers(404))
    assert client.parcel("X9") is None


@pytest.mark.parametrize(
    "outcomes",
    [
        (httpx.ConnectError, httpx.ReadTimeout, {"state": "delivered"}),
        (504, 502, {"state": "delivered"}),
        (httpx.WriteTimeout, 503, {"state": "delivered"}),
    ],
)
def test_two_failures_then_an_answer(respx_mock, client, outcomes):
    route = respx_mock.get("/v2/parcels/X9").mock(side_effect=answers(*outcomes))
    assert client.parcel("X9").state == "delivered"
    assert route.call_count == 3


def test_three_failures_are_an_error(respx_mock, client):
    route = respx_mock.get("/v2/parcels/X9").mock(side_effect=answers(503, 503, 503))
    with pytest.raises(CarrierError, match="HTTP 503"):
        client.parcel("X9")
    assert route.call_count == 3


def test_a_401_is_not_retried(respx_mock, client):
    route = respx_mock.get("/v2/parcels/X9").mock(side_effect=answers(401))
    with pytest.raises(CarrierError, match="HTTP 401"):
        client.parcel("X9")
    assert route.call_count == 1


def test_the_subscription_request(respx_mock, client):
    route = respx_mock.post("/v2/parcels/X9/subscriptions").respond(201, json={"id": "s-1"})
    assert client.subscribe("X9", HOOK) == "s-1"
    sent = route.calls.last.request
    assert sent.headers["authorization"] == "Bearer t0ken"
    assert json.loads(sent.content) == {"url": HOOK, "events": ["state_changed"]}


def test_a_refused_subscription(respx_mock, client):
    route = respx_mock.post("/v2/parcels/X9/subscriptions").respond(500)
    with pytest.raises(CarrierError):
        client.subscribe("X9", HOOK)
    assert route.call_count == 1
