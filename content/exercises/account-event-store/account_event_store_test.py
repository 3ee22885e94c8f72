from typing import Any

import pytest
from account_event_store import (
    AccountService,
    AccountState,
    BalanceProjection,
    ConcurrencyError,
    DomainError,
    Event,
    EventStore,
    apply,
    replay,
)


@pytest.mark.task(taskno=1)
def test_append_numbers_versions_per_stream_and_positions_globally() -> None:
    store = EventStore()
    assert store.append("acc-1", [("Opened", {"owner": "Ada", "overdraft_limit": 0})], 0) == 1
    assert store.append("acc-2", [("Opened", {"owner": "Bo", "overdraft_limit": 0})], 0) == 1
    assert (
        store.append("acc-1", [("Deposited", {"amount": 5}), ("Deposited", {"amount": 7})], 1) == 3
    )
    assert store.version("acc-1") == 3
    assert store.version("nobody") == 0
    assert [(e.version, e.position) for e in store.read("acc-1")] == [(1, 1), (2, 3), (3, 4)]
    assert [e.data for e in store.read("acc-1", after_version=2)] == [{"amount": 7}]
    assert [(e.stream_id, e.position) for e in store.read_all(after_position=1)] == [
        ("acc-2", 2), ("acc-1", 3), ("acc-1", 4),
    ]  # fmt: skip
    assert store.read("nobody") == []


@pytest.mark.task(taskno=1)
def test_a_stale_expected_version_is_refused_and_stores_nothing() -> None:
    store = EventStore()
    store.append("acc-1", [("Opened", {"owner": "Ada", "overdraft_limit": 0})], 0)
    with pytest.raises(ConcurrencyError) as caught:
        store.append("acc-1", [("Deposited", {"amount": 1}), ("Deposited", {"amount": 2})], 0)
    assert (caught.value.expected, caught.value.actual) == (0, 1)
    assert store.version("acc-1") == 1
    assert len(store.read_all()) == 1


@pytest.mark.task(taskno=1)
def test_history_does_not_change_when_the_caller_changes_its_data() -> None:
    store = EventStore()
    data: dict[str, Any] = {"owner": "Ada", "overdraft_limit": 0, "tags": ["vip"]}
    store.append("acc-1", [("Opened", data)], 0)
    data["owner"] = "Mallory"
    data["tags"].append("fraud")
    assert store.read("acc-1")[0].data == {"owner": "Ada", "overdraft_limit": 0, "tags": ["vip"]}


@pytest.mark.task(taskno=2)
def test_apply_and_replay_fold_the_events() -> None:
    opened = Event("acc-1", 1, 1, "Opened", {"owner": "Ada", "overdraft_limit": 50})
    state = apply(None, opened)
    assert state == AccountState("acc-1", "Ada", 0, 50, closed=False, version=1)
    events = [opened, Event("acc-1", 2, 4, "Deposited", {"amount": 30}),
              Event("acc-1", 3, 9, "Withdrawn", {"amount": 70})]  # fmt: skip
    assert replay(events) == AccountState("acc-1", "Ada", -40, 50, closed=False, version=3)
    assert replay([]) is None


@pytest.mark.task(taskno=2)
def test_commands_record_events_and_enforce_the_rules() -> None:
    store = EventStore()
    service = AccountService(store)
    assert service.open_account("acc-1", "Ada", overdraft_limit=100) == 1
    assert service.deposit("acc-1", 250) == 2
    assert service.withdraw("acc-1", 350) == 3, "the balance may reach -overdraft_limit"
    assert service.load("acc-1") == AccountState("acc-1", "Ada", -100, 100, False, 3)
    for command in (lambda: service.withdraw("acc-1", 1), lambda: service.close("acc-1"),
                    lambda: service.deposit("acc-1", 0), lambda: service.deposit("acc-9", 5),
                    lambda: service.open_account("acc-1", "Eve")):  # fmt: skip
        with pytest.raises(DomainError):
            command()
    assert store.version("acc-1") == 3, "refused commands record nothing"
    service.deposit("acc-1", 100)
    assert service.close("acc-1") == 5
    with pytest.raises(DomainError):
        service.deposit("acc-1", 1)
    assert [e.type for e in store.read("acc-1")] == [
        "Opened", "Deposited", "Withdrawn", "Deposited", "Closed",
    ]  # fmt: skip


class RacingStore(EventStore):
    """Another writer deposits right after the service reads the stream."""

    def __init__(self) -> None:
        super().__init__()
        self.race = False

    def read(self, stream_id: str, after_version: int = 0) -> list[Event]:
        events = super().read(stream_id, after_version)
        if self.race:
            self.race = False
            self.append(stream_id, [("Deposited", {"amount": 1})], self.version(stream_id))
        return events


@pytest.mark.task(taskno=2)
def test_a_concurrent_writer_makes_the_command_fail() -> None:
    store = RacingStore()
    service = AccountService(store)
    service.open_account("acc-1", "Ada")
    store.race = True
    with pytest.raises(ConcurrencyError):
        service.deposit("acc-1", 10)
    assert [e.data for e in store.read("acc-1")][1:] == [{"amount": 1}]


@pytest.mark.task(taskno=3)
def test_projection_catches_up_incrementally() -> None:
    store = EventStore()
    service = AccountService(store)
    projection = BalanceProjection()
    assert projection.catch_up(store) == 0
    service.open_account("a", "Ada")
    service.deposit("a", 40)
    service.open_account("b", "Bo")
    assert projection.catch_up(store) == 3
    assert projection.balances == {"a": 40, "b": 0}
    assert projection.catch_up(store) == 0, "nothing new: nothing applied"
    assert projection.balances == {"a": 40, "b": 0}
    service.withdraw("a", 40)
    service.close("a")
    assert projection.catch_up(store) == 2
    assert projection.balances == {"b": 0}
    assert projection.position == 5
    fresh = BalanceProjection()
    fresh.catch_up(store)
    assert fresh.balances == projection.balances


class CountingStore(EventStore):
    def __init__(self) -> None:
        super().__init__()
        self.reads: list[int] = []

    def read(self, stream_id: str, after_version: int = 0) -> list[Event]:
        self.reads.append(after_version)
        return super().read(stream_id, after_version)


@pytest.mark.task(taskno=4)
def test_snapshots_are_taken_every_n_versions_and_used_by_load() -> None:
    store = CountingStore()
    service = AccountService(store, snapshot_every=3)
    service.open_account("a", "Ada")
    service.deposit("a", 10)
    assert service.snapshot("a") is None
    service.deposit("a", 20)
    assert service.snapshot("a") == AccountState("a", "Ada", 30, 0, False, 3)
    service.withdraw("a", 5)
    store.reads.clear()
    assert service.load("a") == AccountState("a", "Ada", 25, 0, False, 4)
    assert store.reads == [3], "load reads only the events after the snapshot"
    assert AccountService(store).snapshot("a") is None
