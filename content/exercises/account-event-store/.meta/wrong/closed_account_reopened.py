"""WRONG: open_account lets a closed account be opened again (it has events).

Found by a blind attack; the visible tests alone do not catch it (the sealed set does).
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from typing import Any


class ConcurrencyError(Exception):
    def __init__(self, stream_id: str, expected: int, actual: int) -> None:
        super().__init__(f"{stream_id}: expected version {expected}, stream is at {actual}")
        self.expected = expected
        self.actual = actual


class DomainError(Exception):
    pass


@dataclass(frozen=True)
class Event:
    stream_id: str
    version: int
    position: int
    type: str
    data: dict[str, Any]


@dataclass(frozen=True)
class AccountState:
    account_id: str
    owner: str
    balance: int
    overdraft_limit: int
    closed: bool
    version: int


class EventStore:
    def __init__(self) -> None:
        self._all: list[Event] = []
        self._streams: dict[str, list[Event]] = {}

    def version(self, stream_id: str) -> int:
        return len(self._streams.get(stream_id, ()))

    def append(self, stream_id, events, expected_version) -> int:
        actual = self.version(stream_id)
        if actual != expected_version:
            raise ConcurrencyError(stream_id, expected_version, actual)
        events = list(events)
        if not events:
            return actual
        stream = self._streams.setdefault(stream_id, [])
        for type_, data in events:
            event = Event(
                stream_id,
                len(stream) + 1,
                len(self._all) + 1,
                type_,
                dict(copy.deepcopy(dict(data))),
            )
            stream.append(event)
            self._all.append(event)
        return len(stream)

    def read(self, stream_id: str, after_version: int = 0) -> list[Event]:
        return [e for e in self._streams.get(stream_id, ()) if e.version > after_version]

    def read_all(self, after_position: int = 0) -> list[Event]:
        return [e for e in self._all if e.position > after_position]


def apply(state, event):
    if event.type == "Opened":
        return AccountState(
            event.stream_id,
            event.data["owner"],
            0,
            event.data["overdraft_limit"],
            False,
            event.version,
        )
    if event.type == "Deposited":
        return dataclasses.replace(
            state, balance=state.balance + event.data["amount"], version=event.version
        )
    if event.type == "Withdrawn":
        return dataclasses.replace(
            state, balance=state.balance - event.data["amount"], version=event.version
        )
    if event.type == "Closed":
        return dataclasses.replace(state, closed=True, version=event.version)
    raise ValueError(f"unknown event type {event.type!r}")


def replay(events, state=None):
    for e in events:
        state = apply(state, e)
    return state


class AccountService:
    def __init__(self, store: EventStore, snapshot_every: int = 0) -> None:
        self.store = store
        self.snapshot_every = snapshot_every
        self._snapshots: dict[str, AccountState] = {}

    def snapshot(self, account_id):
        if self.snapshot_every <= 0:
            return None
        return self._snapshots.get(account_id)

    def load(self, account_id):
        snap = self.snapshot(account_id)
        after = snap.version if snap else 0
        return replay(self.store.read(account_id, after_version=after), snap)

    def _record(self, account_id, state, type_, data):
        v = state.version if state else 0
        w = self.store.append(account_id, [(type_, data)], v)
        n = self.snapshot_every
        if n > 0 and w // n > v // n:
            self._snapshots[account_id] = apply(state, Event(account_id, w, 0, type_, dict(data)))
        return w

    def _existing_open(self, account_id):
        state = self.load(account_id)
        if state is None:
            raise DomainError(f"{account_id} does not exist")
        if state.closed:
            raise DomainError(f"{account_id} is closed")
        return state

    def open_account(self, account_id, owner, overdraft_limit=0):
        state = self.load(account_id)
        if state is not None and not state.closed:
            raise DomainError(f"{account_id} already exists")
        if overdraft_limit < 0:
            raise DomainError("overdraft_limit must not be negative")
        return self._record(
            account_id, state, "Opened", {"owner": owner, "overdraft_limit": overdraft_limit}
        )

    def deposit(self, account_id, amount):
        state = self._existing_open(account_id)
        if amount <= 0:
            raise DomainError("amount must be positive")
        return self._record(account_id, state, "Deposited", {"amount": amount})

    def withdraw(self, account_id, amount):
        state = self._existing_open(account_id)
        if amount <= 0:
            raise DomainError("amount must be positive")
        if state.balance - amount < -state.overdraft_limit:
            raise DomainError("insufficient funds")
        return self._record(account_id, state, "Withdrawn", {"amount": amount})

    def close(self, account_id):
        state = self._existing_open(account_id)
        if state.balance != 0:
            raise DomainError("balance must be zero to close")
        return self._record(account_id, state, "Closed", {})


class BalanceProjection:
    def __init__(self) -> None:
        self.balances: dict[str, int] = {}
        self.position = 0

    def catch_up(self, store) -> int:
        events = store.read_all(after_position=self.position)
        for e in events:
            if e.type == "Opened":
                self.balances[e.stream_id] = 0
            elif e.type == "Deposited":
                self.balances[e.stream_id] += e.data["amount"]
            elif e.type == "Withdrawn":
                self.balances[e.stream_id] -= e.data["amount"]
            elif e.type == "Closed":
                self.balances.pop(e.stream_id, None)
            self.position = e.position
        return len(events)
