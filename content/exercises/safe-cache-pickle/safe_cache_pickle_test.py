import io
import os
import pickle
import threading
from collections import OrderedDict
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from safe_cache_pickle import CacheEntry, SafeUnpickler, dumps_entry, loads_entry


class Exploit:
    """Unpickling this would run a shell command; the loader must refuse it."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (os.system, ("echo pwned",))


def entry(value: Any = None) -> CacheEntry:
    return CacheEntry("user:42", value if value is not None else {"name": "ana"})


@pytest.mark.task(taskno=1)
def test_state_drops_the_lock_and_the_callback() -> None:
    e = CacheEntry("k", [1, 2], on_evict=print)
    e.touch()
    state = e.__getstate__()
    assert state == {"key": "k", "value": [1, 2], "hits": 1}, f"got {state}"
    assert "lock" in vars(e) and e.on_evict is print, "the live entry keeps its members"


@pytest.mark.task(taskno=1)
def test_setstate_restores_data_and_rebuilds_the_members() -> None:
    e = CacheEntry.__new__(CacheEntry)
    e.__setstate__({"key": "k", "value": 3, "hits": 7})
    assert (e.key, e.value, e.hits, e.on_evict) == ("k", 3, 7, None)
    assert e.touch() == 3 and e.hits == 8, "a fresh lock makes touch() work"


@pytest.mark.task(taskno=1)
def test_plain_pickle_round_trip_works_despite_the_lock() -> None:
    e = CacheEntry("k", "v", on_evict=lambda key: None)
    back = pickle.loads(pickle.dumps(e))
    assert (back.key, back.value, back.hits) == ("k", "v", 0)
    assert back.lock is not e.lock
    assert type(back.lock) is type(threading.Lock()), "each loaded entry gets a new lock"


@pytest.mark.task(taskno=2)
def test_round_trip_keeps_rich_values() -> None:
    value = {
        "at": datetime(2024, 5, 1, 9, 30, tzinfo=UTC),
        "price": Decimal("19.90"),
        "roles": {"admin", "ops"},
        "frozen": frozenset({1}),
        "z": complex(1, 2),
    }
    e = entry(value)
    e.touch()
    e.touch()
    back = loads_entry(dumps_entry(e))
    assert back.value == value, f"got {back.value}"
    assert back.key == "user:42" and back.hits == 2


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("protocol", [2, 3, 4, pickle.HIGHEST_PROTOCOL])
def test_dumps_uses_the_requested_protocol(protocol: int) -> None:
    data = dumps_entry(entry(), protocol=protocol)
    assert data[0] == 0x80 and data[1] == protocol, f"header says protocol {data[1]}"
    assert loads_entry(data).value == {"name": "ana"}


@pytest.mark.task(taskno=2)
def test_dumps_defaults_to_the_highest_protocol() -> None:
    assert dumps_entry(entry())[1] == pickle.HIGHEST_PROTOCOL


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("protocol", [-1, 0, 1, pickle.HIGHEST_PROTOCOL + 1])
def test_dumps_rejects_text_and_unknown_protocols(protocol: int) -> None:
    with pytest.raises(ValueError, match="protocol"):
        dumps_entry(entry(), protocol=protocol)


@pytest.mark.task(taskno=3)
def test_loader_refuses_code_execution_gadgets() -> None:
    data = pickle.dumps(Exploit())
    with pytest.raises(pickle.UnpicklingError, match=r"forbidden global (posix|nt)\.system"):
        loads_entry(data)


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("builtins", "eval"),
        ("builtins", "getattr"),
        ("collections", "OrderedDict"),
        ("collections", "set"),  # an allowed name, but not from this module
    ],
)
def test_find_class_allows_only_the_listed_globals(module: str, name: str) -> None:
    unpickler = SafeUnpickler(io.BytesIO(b""))
    with pytest.raises(pickle.UnpicklingError, match=f"forbidden global {module}.{name}"):
        unpickler.find_class(module, name)
    assert unpickler.find_class("decimal", "Decimal") is Decimal


@pytest.mark.task(taskno=3)
def test_values_of_unlisted_types_are_refused() -> None:
    data = dumps_entry(entry({"order": OrderedDict(a=1)}))
    with pytest.raises(pickle.UnpicklingError, match="OrderedDict"):
        loads_entry(data)


@pytest.mark.task(taskno=3)
def test_loaded_object_must_be_a_cache_entry() -> None:
    with pytest.raises(pickle.UnpicklingError, match="expected a CacheEntry, got dict"):
        loads_entry(pickle.dumps({"key": "x"}))
