"""Sealed cases for account-event-store.

Store scripts over several streams: appends with the right, a stale and a future expected
version, empty batches, batches of several events, reads after every version (also past
the end), global reads after every position, and callers that change their data (and
lists inside it) after appending, also given as a ``MappingProxyType`` or an
``OrderedDict``. Command scripts on three accounts with deposits, withdrawals landing
exactly on, one cent beyond and far below the overdraft limit, zero and negative amounts,
commands on unknown and closed accounts, reopening (on every seed), closing with and
without a balance; projections caught up at random points and rebuilt from scratch;
snapshots every 1, 2, 3 and 5 versions, checked after each command, with the reads one
``load`` makes; a writer that sneaks in between a command's read and its append.
"""

from __future__ import annotations

import random
from collections import OrderedDict
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "account_event_store"

ERRORS = ("ConcurrencyError", "DomainError")
ACCOUNTS = ("acc-1", "acc-2", "acc-3")


def _event(event: Any) -> list[Any]:
    return [event.stream_id, event.version, event.position, event.type, event.data]


def _events(events: Any) -> list[Any]:
    return [_event(event) for event in events]


def _concurrency(outcome: Any) -> Any:
    error = outcome.exception
    if error is not None and type(error).__name__ == "ConcurrencyError":
        return {"error": outcome, "expected": error.expected, "actual": error.actual}
    return outcome


def _read(store: Any, stream: str, after: int) -> list[Any]:
    return _events(store.read(stream, after_version=after))


def _read_all(store: Any, after: int) -> list[Any]:
    return _events(store.read_all(after_position=after))


def store_script(solution, steps):  # type: ignore[no-untyped-def]
    """Run ``steps`` on a fresh store; each step's observation."""
    store = solution.EventStore()
    appended: list[dict[str, Any]] = []
    seen: list[Any] = []
    for step in steps:
        kind = step[0]
        if kind == "append":
            _, stream, batch, expected = step
            datas = [dict(data, tags=list(data.get("tags", []))) for _, data in batch]
            appended.extend(datas)
            pairs = [(event_type, data) for (event_type, _), data in zip(batch, datas, strict=True)]
            seen.append(_concurrency(observe(store.append, stream, pairs, expected,
                                             errors=ERRORS)))  # fmt: skip
        elif kind == "mutate" and appended:
            data = appended[step[1] % len(appended)]
            data["amount"] = -999
            data["tags"].append("rewritten")
        elif kind == "read":
            seen.append(observe(_read, store, step[1], step[2]))
        elif kind == "read_all":
            seen.append(observe(_read_all, store, step[1]))
        elif kind == "version":
            seen.append(observe(store.version, step[1]))
    seen.append(_events(store.read_all()))
    return seen


def other_mappings(solution, wrapper):  # type: ignore[no-untyped-def]
    """``append`` of data given as another kind of mapping, changed by the caller later."""
    store = solution.EventStore()
    inner = {"amount": 5, "tags": ["a"]}
    data = {"proxy": MappingProxyType, "ordered": OrderedDict}[wrapper](inner)
    outcome = observe(store.append, "acc-1", [("Deposited", data)], 0)
    inner["tags"].append("rewritten")
    inner["amount"] = -999
    stored = [event.data for event in store.read("acc-1")]
    return [outcome, [[type(item) is dict, dict(item)] for item in stored]]


def _batch(rng: random.Random) -> list[Any]:
    size = gen.pick(rng, (0, 1, 1, 1, 2, 3))
    return [(gen.pick(rng, ("Deposited", "Withdrawn", "Noted")),
             {"amount": rng.randint(1, 500), "tags": gen.some(rng, ("a", "b", "c"), 2)})
            for _ in range(size)]  # fmt: skip


def _store_steps(rng: random.Random) -> list[Any]:
    versions = dict.fromkeys(ACCOUNTS, 0)
    steps: list[Any] = []
    for _ in range(rng.randint(5, 25)):
        stream = gen.pick(rng, ACCOUNTS)
        roll = rng.random()
        if roll < 0.5:
            batch = _batch(rng)
            expected = versions[stream]
            if gen.chance(rng, 0.25):
                expected = gen.pick(rng, (expected - 1, expected + 1, 0, expected + 5))
                expected = max(expected, 0)
            steps.append(("append", stream, batch, expected))
            if expected == versions[stream]:
                versions[stream] += len(batch)
        elif roll < 0.6:
            steps.append(("mutate", rng.randrange(100)))
        elif roll < 0.75:
            steps.append(("read", stream, rng.randint(0, versions[stream] + 2)))
        elif roll < 0.9:
            steps.append(("read_all", rng.randint(0, sum(versions.values()) + 2)))
        else:
            steps.append(("version", gen.pick(rng, (*ACCOUNTS, "unknown"))))
    return steps


class _Probe:
    """A store subclass made from the learner's, counting ``read`` calls when asked and
    letting another writer deposit one cent right after a read when armed."""

    @staticmethod
    def make(solution: Any) -> Any:
        class Watched(solution.EventStore):  # type: ignore[misc, name-defined]
            def __init__(self) -> None:
                super().__init__()
                self.reads: list[Any] | None = None
                self.race = False

            def read(self, stream_id: str, after_version: int = 0) -> Any:
                if self.reads is not None:
                    self.reads.append([stream_id, after_version])
                events = super().read(stream_id, after_version)
                if self.race:
                    self.race = False
                    self.append(stream_id, [("Deposited", {"amount": 1})],
                                self.version(stream_id))  # fmt: skip
                return events

        return Watched()


def command_script(solution, steps, snapshot_every):  # type: ignore[no-untyped-def]
    store = _Probe.make(solution)
    service = solution.AccountService(store, snapshot_every=snapshot_every)
    projection = solution.BalanceProjection()
    seen: list[Any] = []
    for step in steps:
        kind, *args = step
        if kind == "catch_up":
            count = projection.catch_up(store)
            seen.append(["catch_up", count, dict(projection.balances), projection.position])
        elif kind == "load":
            store.reads = []
            state = observe(service.load, args[0])
            seen.append(["load", state, store.reads])
            store.reads = None
        elif kind == "race":
            history = [event.type for event in solution.EventStore.read(store, args[1])]
            if "Opened" not in history or "Closed" in history:
                continue  # the sneaky deposit needs an open account
            store.race = True
            outcome = observe(getattr(service, args[0]), *args[1:], errors=ERRORS)
            store.race = False
            seen.append(["race", _concurrency(outcome), _events(store.read_all())[-2:]])
        else:
            outcome = observe(getattr(service, kind), *args, errors=ERRORS)
            snapshots = [service.snapshot(account) for account in ACCOUNTS]
            seen.append([kind, outcome, snapshots])
    fresh = solution.BalanceProjection()
    fresh.catch_up(store)
    seen.append(["end", dict(fresh.balances), fresh.position,
                 [service.load(account) for account in ACCOUNTS]])  # fmt: skip
    return seen


def _command_steps(rng: random.Random) -> list[Any]:
    steps: list[Any] = []
    for _ in range(rng.randint(8, 30)):
        account = gen.pick(rng, (*ACCOUNTS, "ghost") if gen.chance(rng, 0.1) else ACCOUNTS)
        roll = rng.random()
        amount = gen.pick(rng, (1, 5, 50, 100, 250, rng.randint(1, 1000), 0, -5))
        if roll < 0.15:
            steps.append(("open_account", account, gen.pick(rng, ("Ada", "Bo", "Čeněk")),
                          gen.pick(rng, (0, 0, 100, 250, -1))))  # fmt: skip
        elif roll < 0.45:
            steps.append(("deposit", account, amount))
        elif roll < 0.7:
            steps.append(("withdraw", account, amount))
        elif roll < 0.77:
            steps.append(("close", account))
        elif roll < 0.87:
            steps.append(("catch_up",))
        elif roll < 0.95:
            steps.append(("load", account))
        else:
            steps.append(("race", gen.pick(rng, ("deposit", "withdraw")), account, 1))
    return steps


def boundary(solution, limit, deposits, withdrawal):  # type: ignore[no-untyped-def]
    """Withdraw ``withdrawal`` after the deposits, with the given overdraft limit."""
    service = solution.AccountService(solution.EventStore())
    service.open_account("acc-1", "Ada", overdraft_limit=limit)
    for amount in deposits:
        service.deposit("acc-1", amount)
    outcome = observe(service.withdraw, "acc-1", withdrawal, errors=ERRORS)
    return [outcome, service.load("acc-1")]


def folds(solution, rows, start):  # type: ignore[no-untyped-def]
    """``replay`` of events built from rows, from ``None`` or from a given state."""
    events = [solution.Event(*row) for row in rows]
    state = None if start is None else solution.AccountState(*start)
    return observe(solution.replay, events, state)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 140 cases per seed over the four tasks."""
    for _ in range(40):
        yield Case.probe(store_script, _store_steps(rng), task=1)
    for wrapper in ("proxy", "ordered"):
        yield Case.probe(other_mappings, wrapper, task=1, group="append: data as other mappings")
    opened = ["acc-1", 1, 3, "Opened", {"owner": "Ada", "overdraft_limit": 20}]
    for _ in range(10):
        rows, balance = [opened], 0
        for version in range(2, rng.randint(2, 8)):
            kind = gen.pick(rng, ("Deposited", "Withdrawn"))
            amount = rng.randint(1, 90)
            balance += amount if kind == "Deposited" else -amount
            rows.append(["acc-1", version, version * 2, kind, {"amount": amount}])
        if gen.chance(rng, 0.3):
            rows.append(["acc-1", len(rows) + 1, 99, "Closed", {}])
        start = None
        if gen.chance(rng, 0.4):
            start = ["acc-1", "Ada", 500, 20, False, 0]
            rows = rows[1:]
        yield Case.probe(folds, rows, start, task=2, group="replay")
    group = "withdraw: overdraft boundary"
    for limit in (0, 1, 100):
        for deposits in ((), (50,), (30, 20)):
            total = sum(deposits)
            for withdrawal in (total + limit, total + limit + 1, max(total + limit - 1, 1)):
                yield Case.probe(boundary, limit, list(deposits), withdrawal, task=2, group=group)
    for every in (0, 2, 3):
        steps = [("open_account", "acc-1", "Ada", 100), ("deposit", "acc-1", 50),
                 ("race", "deposit", "acc-1", 5), ("race", "withdraw", "acc-1", 10),
                 ("load", "acc-1"), ("withdraw", "acc-1", 156), ("withdraw", "acc-1", 155),
                 ("catch_up",), ("race", "deposit", "acc-2", 1), ("load", "acc-1")]  # fmt: skip
        yield Case.probe(command_script, steps, every, task=2, group="concurrent writers")
    reopening = [("open_account", "acc-1", "Ada", 0), ("close", "acc-1"),
                 ("open_account", "acc-1", "Bo", 0), ("deposit", "acc-1", 5),
                 ("open_account", "acc-2", "Bo", 50), ("deposit", "acc-2", 10),
                 ("withdraw", "acc-2", 10), ("close", "acc-2"), ("catch_up",),
                 ("open_account", "acc-2", "Ada", 0), ("load", "acc-2")]  # fmt: skip
    yield Case.probe(command_script, reopening, 0, task=2, group="reopening a closed account")
    for _ in range(30):
        every = gen.pick(rng, (0, 0, 1, 2, 3, 5))
        task = 4 if every else 2
        yield Case.probe(command_script, _command_steps(rng), every, task=task,
                         group="commands with snapshots" if every else "commands")  # fmt: skip
