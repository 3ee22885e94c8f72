import gc
import weakref

import pytest

from weak_schema_cache import SchemaCache, UsageTracker


class Schema:
    """Stands in for an expensive parsed schema; plain classes support weak references."""

    def __init__(self, name: str) -> None:
        self.name = name


class Slotted:
    __slots__ = ("name",)  # no __weakref__ slot, so no weak references

    def __init__(self, name: str) -> None:
        self.name = name


class Connection:
    pass


@pytest.mark.task(taskno=1)
def test_get_loads_once_and_shares_the_value_while_it_is_held() -> None:
    cache = SchemaCache(Schema)
    orders = cache.get("orders")
    assert isinstance(orders, Schema) and orders.name == "orders"
    assert cache.get("orders") is orders, "a held value is served from the cache"
    assert cache.loads == 1, f"the loader ran once, got {cache.loads}"


@pytest.mark.task(taskno=1)
def test_keys_len_and_contains_show_live_entries() -> None:
    cache = SchemaCache(Schema)
    assert (len(cache), cache.keys(), cache.loads) == (0, [], 0)
    held = [cache.get(name) for name in ["users", "orders", "items"]]
    assert cache.keys() == ["items", "orders", "users"], "keys() is sorted"
    assert len(cache) == 3
    assert "users" in cache and "payments" not in cache
    assert [schema.name for schema in held] == ["users", "orders", "items"]
    assert cache.loads == 3


@pytest.mark.task(taskno=1)
def test_the_cache_does_not_keep_values_alive() -> None:
    cache = SchemaCache(Schema)
    orders = cache.get("orders")
    probe = weakref.ref(orders)
    del orders
    gc.collect()
    assert probe() is None, "the cache must hold only a weak reference"
    assert "orders" not in cache
    assert (len(cache), cache.keys()) == (0, [])


@pytest.mark.task(taskno=1)
def test_a_collected_value_is_loaded_again() -> None:
    cache = SchemaCache(Schema)
    cache.get("orders")  # not held: collected at once
    gc.collect()
    again = cache.get("orders")
    assert cache.loads == 2, f"the dead entry must be reloaded, got {cache.loads} loads"
    assert again.name == "orders"
    assert cache.get("orders") is again


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(("loader", "kind"), [(lambda key: 42, "int"), (Slotted, "Slotted")])
def test_values_without_weak_reference_support_are_rejected(loader: object, kind: str) -> None:
    cache: SchemaCache[object] = SchemaCache(loader)  # type: ignore[arg-type]
    with pytest.raises(
        TypeError, match=rf"^cache values must support weak references, got {kind}$"
    ):
        cache.get("x")
    assert (len(cache), cache.loads) == (0, 1)


@pytest.mark.task(taskno=2)
def test_on_evict_runs_once_when_the_value_is_collected() -> None:
    evicted: list[str] = []
    cache = SchemaCache(Schema, on_evict=evicted.append)
    users, orders = cache.get("users"), cache.get("orders")
    gc.collect()
    assert evicted == [], "nothing is evicted while the values are held"
    assert cache.evictions == 0
    del orders
    gc.collect()
    assert evicted == ["orders"], f"got {evicted}"
    assert cache.evictions == 1
    del users
    gc.collect()
    assert evicted == ["orders", "users"]
    assert cache.evictions == 2


@pytest.mark.task(taskno=2)
def test_evictions_are_counted_without_a_callback() -> None:
    cache = SchemaCache(Schema)
    for name in ["a", "b", "c"]:
        cache.get(name)
    gc.collect()
    assert cache.evictions == 3, f"three values were collected, got {cache.evictions}"


@pytest.mark.task(taskno=2)
def test_each_loaded_value_is_evicted_separately() -> None:
    evicted: list[str] = []
    cache = SchemaCache(Schema, on_evict=evicted.append)
    cache.get("orders")
    cache.get("orders")
    gc.collect()
    assert evicted == ["orders", "orders"], "two loads, two values, two evictions"
    assert (cache.loads, cache.evictions) == (2, 2)


@pytest.mark.task(taskno=3)
def test_invalidate_reports_whether_a_live_entry_existed() -> None:
    cache = SchemaCache(Schema)
    held = cache.get("orders")
    assert cache.invalidate("orders") is True
    assert cache.invalidate("orders") is False, "already gone"
    assert cache.invalidate("never") is False
    assert "orders" not in cache and held.name == "orders"


@pytest.mark.task(taskno=3)
def test_invalidate_after_the_value_was_collected_finds_nothing() -> None:
    cache = SchemaCache(Schema)
    cache.get("orders")  # not held: collected at once
    gc.collect()
    assert cache.invalidate("orders") is False, "a collected value is not a live entry"


@pytest.mark.task(taskno=3)
def test_invalidate_loads_a_fresh_value_even_while_the_old_one_is_held() -> None:
    evicted: list[str] = []
    cache = SchemaCache(Schema, on_evict=evicted.append)
    old = cache.get("orders")
    cache.invalidate("orders")
    new = cache.get("orders")
    assert new is not old, "after invalidate the loader runs again"
    assert cache.loads == 2
    del old
    gc.collect()
    assert evicted == [], "an invalidated value is not reported as evicted"
    assert cache.evictions == 0
    assert cache.get("orders") is new
    del new
    gc.collect()
    assert evicted == ["orders"]
    assert cache.evictions == 1


@pytest.mark.task(taskno=4)
def test_tracker_sums_amounts_per_object() -> None:
    tracker = UsageTracker()
    first, second = Connection(), Connection()
    tracker.record(first, 100)
    tracker.record(first, 50)
    tracker.record(second, 7)
    assert (tracker.total(first), tracker.total(second)) == (150, 7)
    assert tracker.total(Connection()) == 0, "an unknown object has a zero total"
    assert len(tracker) == 2


@pytest.mark.task(taskno=4)
def test_tracker_accepts_zero_but_not_negative_amounts() -> None:
    tracker = UsageTracker()
    conn = Connection()
    tracker.record(conn, 0)
    assert (tracker.total(conn), len(tracker)) == (0, 1), "recording zero still tracks it"
    with pytest.raises(ValueError, match=r"^amount must not be negative, got -1$"):
        tracker.record(conn, -1)
    assert tracker.total(conn) == 0


@pytest.mark.task(taskno=4)
def test_tracker_forgets_collected_objects_without_keeping_them_alive() -> None:
    tracker = UsageTracker()
    kept, dropped = Connection(), Connection()
    tracker.record(kept, 1)
    tracker.record(dropped, 2)
    probe = weakref.ref(dropped)
    del dropped
    gc.collect()
    assert probe() is None, "the tracker must not keep its keys alive"
    assert len(tracker) == 1
    assert tracker.total(kept) == 1


@pytest.mark.task(taskno=4)
def test_tracker_rejects_objects_without_weak_reference_support() -> None:
    tracker = UsageTracker()
    with pytest.raises(TypeError):
        tracker.record(12345, 1)
    with pytest.raises(TypeError):
        tracker.record(Slotted("x"), 1)
    assert len(tracker) == 0
