"""Parcel tracking: a small client for a carrier's HTTP API, built on httpx."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import httpx

__all__ = ["RETRYABLE_STATUSES", "CarrierClient", "CarrierError", "Parcel"]

RETRYABLE_STATUSES = frozenset({502, 503, 504})


class CarrierError(Exception):
    """The carrier refused a request, or did not answer on any attempt."""


@dataclass(frozen=True)
class Parcel:
    """Where a parcel is: the carrier's state for it and the expected delivery day."""

    parcel_id: str
    state: str
    eta: date | None


class CarrierClient:
    """The carrier's API, called through ``http``: an ``httpx.Client`` with its base URL."""

    def __init__(self, http: httpx.Client, *, token: str, attempts: int = 3) -> None:
        self._http = http
        self._headers = {"Authorization": f"Bearer {token}"}
        self._attempts = attempts

    def parcel(self, parcel_id: str) -> Parcel | None:
        """The parcel ``parcel_id``, or ``None`` when the carrier does not know it."""
        response = self._get(f"/v2/parcels/{parcel_id}")
        if response.status_code == 404:
            return None
        body = response.json()
        eta = body.get("eta")
        return Parcel(parcel_id, body["state"], date.fromisoformat(eta) if eta else None)

    def subscribe(self, parcel_id: str, callback_url: str) -> str:
        """Ask the carrier to call ``callback_url`` on each change of the parcel's state;
        returns the subscription's id.  Sent once: a POST is never retried."""
        response = self._http.post(
            f"/v2/parcels/{parcel_id}/subscriptions",
            headers=self._headers,
            json={"url": callback_url, "events": ["state_changed"]},
        )
        if response.status_code != 201:
            raise CarrierError(f"subscription refused: HTTP {response.status_code}")
        return str(response.json()["id"])

    def _get(self, path: str) -> httpx.Response:
        failure = "no attempt made"
        for _ in range(self._attempts):
            try:
                response = self._http.get(path, headers=self._headers)
            except httpx.TransportError as exc:
                failure = type(exc).__name__
                continue
            if response.status_code in RETRYABLE_STATUSES:
                failure = f"HTTP {response.status_code}"
                continue
            if response.is_success:
                return response
            raise CarrierError(f"request refused: HTTP {response.status_code}")
        raise CarrierError(f"no answer after {self._attempts} attempts: {failure}")
