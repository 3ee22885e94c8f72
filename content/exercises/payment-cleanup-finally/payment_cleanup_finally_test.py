import pytest
from payment_cleanup_finally import charge, charge_all


class FakeGateway:
    """A gateway whose pay() follows a script: a receipt id, or an error to raise."""

    def __init__(self, *outcomes: object, connect_error: Exception | None = None) -> None:
        self.outcomes = list(outcomes)
        self.connect_error = connect_error
        self.calls: list[str] = []

    def connect(self) -> None:
        self.calls.append("connect")
        if self.connect_error is not None:
            raise self.connect_error

    def pay(self, cents: int) -> str:
        self.calls.append(f"pay {cents}")
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return str(outcome)

    def disconnect(self) -> None:
        self.calls.append("disconnect")


@pytest.mark.task(taskno=1)
def test_charge_pays_and_disconnects() -> None:
    gateway = FakeGateway("r-17")
    got = charge(gateway, 1250)
    assert got == "paid r-17", f"got {got!r}"
    assert gateway.calls == ["connect", "pay 1250", "disconnect"], f"calls: {gateway.calls}"


@pytest.mark.task(taskno=1)
def test_charge_asks_to_retry_after_a_connection_error() -> None:
    gateway = FakeGateway(ConnectionResetError("peer reset"))
    got = charge(gateway, 500)
    assert got == "retry later", f"a ConnectionError subclass means 'retry later', got {got!r}"
    assert gateway.calls == ["connect", "pay 500", "disconnect"], (
        f"the connection must be closed after a failed payment too: {gateway.calls}"
    )


@pytest.mark.task(taskno=1)
def test_charge_lets_a_declined_card_through_but_disconnects() -> None:
    gateway = FakeGateway(ValueError("card declined"))
    with pytest.raises(ValueError, match="card declined"):
        charge(gateway, 500)
    assert gateway.calls == ["connect", "pay 500", "disconnect"], (
        f"finally must disconnect even while the ValueError goes on: {gateway.calls}"
    )


@pytest.mark.task(taskno=1)
def test_charge_does_not_disconnect_when_connect_fails() -> None:
    gateway = FakeGateway("r-1", connect_error=ConnectionRefusedError("gateway down"))
    with pytest.raises(ConnectionRefusedError):
        charge(gateway, 500)
    assert gateway.calls == ["connect"], (
        f"no connection was made, so nothing is paid or disconnected: {gateway.calls}"
    )


@pytest.mark.task(taskno=2)
def test_charge_all_keeps_going_after_a_declined_card() -> None:
    gateway = FakeGateway("r-1", ValueError("insufficient funds"), "r-3")
    got = charge_all(gateway, [500, 900, 300])
    assert got == ["paid r-1", "declined: insufficient funds", "paid r-3"], f"got {got}"
    assert gateway.calls.count("disconnect") == 3, "every charge disconnects"


@pytest.mark.task(taskno=2)
def test_charge_all_reports_retries_and_stops_on_other_errors() -> None:
    gateway = FakeGateway(TimeoutError("slow"), "r-2")
    with pytest.raises(TimeoutError):
        charge_all(gateway, [100, 200])
    assert gateway.calls == ["connect", "pay 100", "disconnect"], (
        f"TimeoutError is not a ConnectionError nor a ValueError: it stops everything "
        f"(after the disconnect). Calls: {gateway.calls}"
    )
    gateway = FakeGateway(ConnectionAbortedError("cut"), "r-2")
    assert charge_all(gateway, [100, 200]) == ["retry later", "paid r-2"], "one retry, one paid"
    assert charge_all(FakeGateway(), []) == [], "nothing to charge"
