"""Event-sourced accounts with one list as the whole store (streams found by filtering),
a ``match`` statement for the fold, and the rules as one decision function."""

from __future__ import annotations

import copy
import functools
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
    """One append-only list of every event."""

    def __init__(self) -> None:
        self._events: list[Event] = []

    def version(self, stream_id: str) -> int:
        """The version of the stream's last event; 0 for a stream without events."""
        return sum(1 for event in self._events if event.stream_id == stream_id)

    def append(
        self,
        stream_id: str,
        events: Sequence[tuple[str, Mapping[str, Any]]],
        expected_version: int,
    ) -> int:
        """Append ``events`` (type, data) if the stream is at ``expected_version``."""
        current = self.version(stream_id)
        if current != expected_version:
            raise ConcurrencyError(stream_id, expected_version, current)
        new = [
            Event(stream_id, current + offset, len(self._events) + offset, kind,
                  {key: copy.deepcopy(value) for key, value in data.items()})
            for offset, (kind, data) in enumerate(events, start=1)
        ]  # fmt: skip
        self._events += new
        return current + len(new)

    def read(self, stream_id: str, after_version: int = 0) -> list[Event]:
        """The stream's events with a version above ``after_version``, oldest first."""
        return [e for e in self._events if e.stream_id == stream_id and e.version > after_version]

    def read_all(self, after_position: int = 0) -> list[Event]:
        """Every stream's events with a position above ``after_position``, in order."""
        return [event for event in self._events if event.position > after_position]


def apply(state: AccountState | None, event: Event) -> AccountState:
    """The state after ``event``."""
    match event.type, state:
        case "Opened", _:
            data = event.data
            return AccountState(event.stream_id, data["owner"], 0, data["overdraft_limit"],
                                False, event.version)  # fmt: skip
        case "Deposited", AccountState():
            return replace(state, balance=state.balance + event.data["amount"],
                           version=event.version)  # fmt: skip
        case "Withdrawn", AccountState():
            return replace(state, balance=state.balance - event.data["amount"],
                           version=event.version)  # fmt: skip
        case "Closed", AccountState():
            return replace(state, closed=True, version=event.version)
    raise ValueError(f"cannot apply {event.type} to {state}")


def replay(events: Iterable[Event], state: AccountState | None = None) -> AccountState | None:
    """Fold ``events`` into ``state``."""
    return functools.reduce(apply, events, state)


def _decide(
    state: AccountState | None, command: str, args: tuple[Any, ...]
) -> tuple[str, dict[str, Any]]:
    if command == "open":
        owner, limit = args
        if state is not None or limit < 0:
            raise DomainError("cannot open: exists already or negative overdraft")
        return "Opened", {"owner": owner, "overdraft_limit": limit}
    if state is None or state.closed:
        raise DomainError("no such open account")
    if command == "close":
        if state.balance:
            raise DomainError("cannot close an account with money in it")
        return "Closed", {}
    (amount,) = args
    if amount <= 0:
        raise DomainError("amounts are positive")
    if command == "withdraw" and state.balance - amount + state.overdraft_limit < 0:
        raise DomainError("insufficient funds")
    return ("Deposited" if command == "deposit" else "Withdrawn"), {"amount": amount}


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
        start = self._snapshots.get(account_id)
        events = self.store.read(account_id, after_version=0 if start is None else start.version)
        return replay(events, start)

    def _run(self, account_id: str, command: str, *args: Any) -> int:
        state = self.load(account_id)
        kind, data = _decide(state, command, args)
        version = 0 if state is None else state.version
        new_version = self.store.append(account_id, [(kind, data)], version)
        if (
            self.snapshot_every
            and new_version // self.snapshot_every != version // self.snapshot_every
        ):
            event = self.store.read(account_id, after_version=new_version - 1)[0]
            self._snapshots[account_id] = apply(state, event)
        return new_version

    def open_account(self, account_id: str, owner: str, overdraft_limit: int = 0) -> int:
        """Record that the account was opened; its new version."""
        return self._run(account_id, "open", owner, overdraft_limit)

    def deposit(self, account_id: str, amount: int) -> int:
        """Record a deposit; the account's new version."""
        return self._run(account_id, "deposit", amount)

    def withdraw(self, account_id: str, amount: int) -> int:
        """Record a withdrawal within balance plus overdraft; the new version."""
        return self._run(account_id, "withdraw", amount)

    def close(self, account_id: str) -> int:
        """Record that an account with a zero balance was closed; the new version."""
        return self._run(account_id, "close")


class BalanceProjection:
    """Balances of the open accounts, kept up to date from the store's global order."""

    def __init__(self) -> None:
        self.position = 0
        self.balances: dict[str, int] = {}

    def catch_up(self, store: EventStore) -> int:
        """Apply the events recorded since the last call; how many there were."""
        new = store.read_all(after_position=self.position)
        for event in new:
            amount = event.data.get("amount", 0)
            match event.type:
                case "Opened":
                    self.balances[event.stream_id] = 0
                case "Deposited":
                    self.balances[event.stream_id] += amount
                case "Withdrawn":
                    self.balances[event.stream_id] -= amount
                case "Closed":
                    self.balances.pop(event.stream_id)
        if new:
            self.position = new[-1].position
        return len(new)
