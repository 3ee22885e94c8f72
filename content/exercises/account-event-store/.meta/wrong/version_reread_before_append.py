"""Asks the store for the stream's version right before appending instead of using the
version it loaded.

The concurrency check then always passes: a deposit made by another writer between the
command's read and its append is silently built upon with rules checked against stale
state. The visible race test catches it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any


class ConcurrencyError(Exception):
    """The stream moved on since the writer read it."""

    def __init__(self, stream_id: str, expected: int, actual: int) -> None:
        super().__init__(f"{stream_id}: expected version {expected}, stream is at {actual}")
        self.expected = expected
        self.actual = actual


class DomainError(Exception):
    """A command that the account's rules refuse."""


@dataclass(frozen=True)
class Event:
    """One recorded fact."""

    stream_id: str
    version: int
    position: int
    type: str
    data: dict[str, Any]


@dataclass(frozen=True)
class AccountState:
    """An account as its events left it."""

    account_id: str
    owner: str
    balance: int
    overdraft_limit: int
    closed: bool
    version: int


class EventStore:
    """Streams of events in memory, append-only."""

    def __init__(self) -> None:
        self._log: list[Event] = []
        self._streams: dict[str, list[Event]] = {}

    def version(self, stream_id: str) -> int:
        """The version of the stream's last event; 0 for a stream without events."""
        return len(self._streams.get(stream_id, ()))

    def append(
        self,
        stream_id: str,
        events: Sequence[tuple[str, Mapping[str, Any]]],
        expected_version: int,
    ) -> int:
        """Append ``events`` (type, data) if the stream is at ``expected_version``."""
        actual = self.version(stream_id)
        if expected_version != actual:
            raise ConcurrencyError(stream_id, expected_version, actual)
        stream = self._streams.setdefault(stream_id, [])
        for kind, data in events:
            event = Event(
                stream_id, len(stream) + 1, len(self._log) + 1, kind, copy.deepcopy(dict(data))
            )
            stream.append(event)
            self._log.append(event)
        return len(stream)

    def read(self, stream_id: str, after_version: int = 0) -> list[Event]:
        """The stream's events with a version above ``after_version``, oldest first."""
        return list(self._streams.get(stream_id, ())[max(after_version, 0) :])

    def read_all(self, after_position: int = 0) -> list[Event]:
        """Every stream's events with a position above ``after_position``, in order."""
        return self._log[max(after_position, 0) :]


def apply(state: AccountState | None, event: Event) -> AccountState:
    """The state after ``event``."""
    if event.type == "Opened":
        return AccountState(
            event.stream_id,
            event.data["owner"],
            0,
            event.data["overdraft_limit"],
            closed=False,
            version=event.version,
        )
    if state is None:
        raise ValueError(f"{event.type} before Opened in {event.stream_id}")
    if event.type == "Deposited":
        return replace(state, balance=state.balance + event.data["amount"], version=event.version)
    if event.type == "Withdrawn":
        return replace(state, balance=state.balance - event.data["amount"], version=event.version)
    if event.type == "Closed":
        return replace(state, closed=True, version=event.version)
    raise ValueError(f"unknown event type {event.type!r}")


def replay(events: Iterable[Event], state: AccountState | None = None) -> AccountState | None:
    """Fold ``events`` into ``state``."""
    for event in events:
        state = apply(state, event)
    return state


class AccountService:
    """Commands on accounts, each checked against the state its events rebuild."""

    def __init__(self, store: EventStore, snapshot_every: int = 0) -> None:
        self.store = store
        self.snapshot_every = snapshot_every
        self._snapshots: dict[str, AccountState] = {}

    def snapshot(self, account_id: str) -> AccountState | None:
        """The latest snapshot of the account, if any."""
        return self._snapshots.get(account_id)

    def load(self, account_id: str) -> AccountState | None:
        """The account's current state; ``None`` when it has no events."""
        snapshot = self._snapshots.get(account_id)
        after = snapshot.version if snapshot else 0
        return replay(self.store.read(account_id, after_version=after), snapshot)

    def open_account(self, account_id: str, owner: str, overdraft_limit: int = 0) -> int:
        """Record that the account was opened; its new version."""
        state = self.load(account_id)
        if state is not None:
            raise DomainError(f"{account_id} already exists")
        if overdraft_limit < 0:
            raise DomainError("overdraft_limit must not be negative")
        return self._record(account_id, None, "Opened",
                            {"owner": owner, "overdraft_limit": overdraft_limit})  # fmt: skip

    def deposit(self, account_id: str, amount: int) -> int:
        """Record a deposit; the account's new version."""
        state = self._usable(account_id, amount)
        return self._record(account_id, state, "Deposited", {"amount": amount})

    def withdraw(self, account_id: str, amount: int) -> int:
        """Record a withdrawal within balance plus overdraft; the new version."""
        state = self._usable(account_id, amount)
        if state.balance - amount < -state.overdraft_limit:
            raise DomainError(f"{account_id}: insufficient funds for {amount}")
        return self._record(account_id, state, "Withdrawn", {"amount": amount})

    def close(self, account_id: str) -> int:
        """Record that an account with a zero balance was closed; the new version."""
        state = self._usable(account_id, None)
        if state.balance != 0:
            raise DomainError(f"{account_id}: balance is {state.balance}, not 0")
        return self._record(account_id, state, "Closed", {})

    def _usable(self, account_id: str, amount: int | None) -> AccountState:
        state = self.load(account_id)
        if state is None:
            raise DomainError(f"no account {account_id}")
        if state.closed:
            raise DomainError(f"{account_id} is closed")
        if amount is not None and amount <= 0:
            raise DomainError(f"amount must be positive, got {amount}")
        return state

    def _record(
        self, account_id: str, state: AccountState | None, kind: str, data: dict[str, Any]
    ) -> int:
        before = state.version if state else 0
        after = self.store.append(
            account_id, [(kind, data)], expected_version=self.store.version(account_id)
        )
        every = self.snapshot_every
        if every > 0 and after // every > before // every:
            latest = replay(self.store.read(account_id, after_version=before), state)
            if latest is not None:
                self._snapshots[account_id] = latest
        return after


class BalanceProjection:
    """Balances of the open accounts, kept up to date from the store's global order."""

    def __init__(self) -> None:
        self.position = 0
        self.balances: dict[str, int] = {}

    def catch_up(self, store: EventStore) -> int:
        """Apply the events recorded since the last call; how many there were."""
        events = store.read_all(after_position=self.position)
        for event in events:
            if event.type == "Opened":
                self.balances[event.stream_id] = 0
            elif event.type == "Deposited":
                self.balances[event.stream_id] += event.data["amount"]
            elif event.type == "Withdrawn":
                self.balances[event.stream_id] -= event.data["amount"]
            elif event.type == "Closed":
                del self.balances[event.stream_id]
            self.position = event.position
        return len(events)
