"""Against a real uvicorn server: a hostile submission does not stall other requests."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import httpx

from pyhero.web._mode import LocalGrading
from pyhero.web._state import WebState

from .conftest import make_settings
from .live import live_server

SPIN = "def add(a, b):\n    while True:\n        pass\n"


def test_a_spinning_submission_does_not_stall_other_requests(tmp_path: Path) -> None:
    with (
        live_server(make_settings(tmp_path)) as server,
        httpx.Client(base_url=server.url, timeout=120) as client,
    ):
        state: WebState = server.app.state.web
        assert isinstance(state.grading, LocalGrading)
        slots = state.grading.slots
        outcome: dict[str, Any] = {}

        def submit() -> None:
            response = client.post("/api/exercises/add-numbers/submit", json={"code": SPIN})
            outcome["body"] = response.json()

        spinner = threading.Thread(target=submit)
        spinner.start()
        while slots.borrowed_tokens == 0:  # wait until the grading has started
            spinner.join(timeout=0.01)
            assert spinner.is_alive(), "the submission finished before it was observed"
        answered = [client.get(path).status_code for path in ("/", "/api/curriculum") * 5]
        still_grading = slots.borrowed_tokens == 1
        spinner.join()
    assert answered == [200] * 10
    assert still_grading, "other requests were answered only after the grading"
    assert outcome["body"]["result"]["verdict"] == "timeout"
    assert outcome["body"]["status"] == "attempted"
