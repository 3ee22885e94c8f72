"""Event-sourced bank accounts: an append-only store with optimistic concurrency, state
rebuilt from events, a catch-up projection and snapshots."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
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
        raise NotImplementedError

    def version(self, stream_id: str) -> int:
        """The version of the stream's last event; 0 for a stream without events."""
        raise NotImplementedError

    def append(
        self,
        stream_id: str,
        events: Sequence[tuple[str, Mapping[str, Any]]],
        expected_version: int,
    ) -> int:
        """Append ``events`` (type, data) if the stream is at ``expected_version``."""
        raise NotImplementedError

    def read(self, stream_id: str, after_version: int = 0) -> list[Event]:
        """The stream's events with a version above ``after_version``, oldest first."""
        raise NotImplementedError

    def read_all(self, after_position: int = 0) -> list[Event]:
        """Every stream's events with a position above ``after_position``, in order."""
        raise NotImplementedError


def apply(state: AccountState | None, event: Event) -> AccountState:
    """The state after ``event``."""
    raise NotImplementedError


def replay(events: Iterable[Event], state: AccountState | None = None) -> AccountState | None:
    """Fold ``events`` into ``state``."""
    raise NotImplementedError


class AccountService:
    """Commands on accounts, each checked against the state its events rebuild."""

    def __init__(self, store: EventStore, snapshot_every: int = 0) -> None:
        raise NotImplementedError

    def snapshot(self, account_id: str) -> AccountState | None:
        """The latest snapshot of the account, if any."""
        raise NotImplementedError

    def load(self, account_id: str) -> AccountState | None:
        """The account's current state; ``None`` when it has no events."""
        raise NotImplementedError

    def open_account(self, account_id: str, owner: str, overdraft_limit: int = 0) -> int:
        """Record that the account was opened; its new version."""
        raise NotImplementedError

    def deposit(self, account_id: str, amount: int) -> int:
        """Record a deposit; the account's new version."""
        raise NotImplementedError

    def withdraw(self, account_id: str, amount: int) -> int:
        """Record a withdrawal within balance plus overdraft; the new version."""
        raise NotImplementedError

    def close(self, account_id: str) -> int:
        """Record that an account with a zero balance was closed; the new version."""
        raise NotImplementedError


class BalanceProjection:
    """Balances of the open accounts, kept up to date from the store's global order."""

    def __init__(self) -> None:
        raise NotImplementedError

    def catch_up(self, store: EventStore) -> int:
        """Apply the events recorded since the last call; how many there were."""
        raise NotImplementedError
