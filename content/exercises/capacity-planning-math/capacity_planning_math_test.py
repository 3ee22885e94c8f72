import math

import pytest
from capacity_planning_math import (
    backoff_delays,
    percentile,
    servers_needed,
    shard_count,
    total_wait,
)

LATENCIES = [120.0, 15.0, 40.0, 22.0, 80.0]  # sorted: 15 22 40 80 120


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("pct", "want"),
    [(0, 15.0), (25, 22.0), (50, 40.0), (100, 120.0), (90, 104.0), (10, 17.8), (62.5, 60.0)],
)
def test_percentile_interpolates_between_ranks(pct: float, want: float) -> None:
    got = percentile(LATENCIES, pct)
    assert math.isclose(got, want), f"p{pct} of {sorted(LATENCIES)} is {want}, got {got}"


@pytest.mark.task(taskno=1)
def test_percentile_of_one_value_and_does_not_mutate_input() -> None:
    assert percentile([7.5], 99) == 7.5, "a single sample is every percentile"
    data = [3.0, 1.0, 2.0]
    percentile(data, 50)
    assert data == [3.0, 1.0, 2.0], "the caller's list must not be sorted in place"


@pytest.mark.task(taskno=1)
def test_percentile_counts_repeated_samples() -> None:
    got = percentile([10.0, 10.0, 10.0, 40.0], 50)
    assert got == 10.0, f"repeated latencies are samples too: p50 of 10 10 10 40 is 10, got {got}"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(("values", "pct"), [([], 50), ([1.0], -0.1), ([1.0], 100.1)])
def test_percentile_rejects_empty_data_and_bad_pct(values: list[float], pct: float) -> None:
    with pytest.raises(ValueError):
        percentile(values, pct)


@pytest.mark.task(taskno=2)
def test_servers_needed_rounds_up_real_shortfalls() -> None:
    assert servers_needed(1000, 300) == 4, "1200 rps / 300 = exactly 4 servers"
    assert servers_needed(1001, 300) == 5, "1201.2 rps needs a fifth server"
    assert servers_needed(250, 100, headroom=0) == 3, "2.5 servers round up to 3"
    assert servers_needed(0, 100) == 0, "no traffic, no servers"
    assert servers_needed(3, 0.5, headroom=0) == 6, "small servers: 0.5 rps each"
    assert servers_needed(3, 1, headroom=0) == 3, "one rps per server"


@pytest.mark.task(taskno=2)
def test_servers_needed_ignores_float_noise() -> None:
    # 110 * (1 + 0.1) / 11 is 11.000000000000002 in binary floating point
    assert 110 * (1 + 0.1) / 11 > 11, "precondition: the float result is just above 11"
    got = servers_needed(110, 11, headroom=0.1)
    assert got == 11, f"a rounding error must not buy a 12th server, got {got}"
    assert servers_needed(4.0000003, 1, headroom=0) == 5, "a real shortfall is not noise"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(("peak", "per", "headroom"), [(-1, 10, 0.2), (10, 0, 0.2), (10, 5, -0.1)])
def test_servers_needed_rejects_bad_input(peak: float, per: float, headroom: float) -> None:
    with pytest.raises(ValueError):
        servers_needed(peak, per, headroom)


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize(
    ("total", "limit", "want"),
    [
        (0, 10, 1),
        (3, 1, 4),
        (10, 10, 1),
        (11, 10, 2),
        (20, 10, 2),
        (21, 10, 4),
        (50, 10, 8),
        (80, 10, 8),
    ],
)
def test_shard_count_is_the_next_power_of_two(total: int, limit: int, want: int) -> None:
    got = shard_count(total, limit)
    assert got == want, f"{total} bytes at {limit} per shard need {want} shards, got {got}"


@pytest.mark.task(taskno=3)
def test_shard_count_is_exact_for_tables_past_2_to_the_53_bytes() -> None:
    got = shard_count(2**53 + 1, 2**30)
    assert got == 2**24, f"one byte over 2**23 full shards needs 2**24 shards, got {got}"


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize(("total", "limit"), [(-1, 10), (10, 0), (10, -5)])
def test_shard_count_rejects_bad_input(total: int, limit: int) -> None:
    with pytest.raises(ValueError):
        shard_count(total, limit)


@pytest.mark.task(taskno=4)
def test_backoff_delays_grow_exponentially_and_stop_at_the_cap() -> None:
    got = backoff_delays(0.5, 2, 5, 6)
    assert got == [0.5, 1.0, 2.0, 4.0, 5, 5], f"doubling from 0.5, capped at 5, got {got}"
    assert backoff_delays(1, 1, 1, 3) == [1, 1, 1], "factor 1 gives a constant delay"
    assert backoff_delays(1, 3, 100, 0) == [], "zero attempts, no delays"


@pytest.mark.task(taskno=4)
@pytest.mark.parametrize(
    ("base", "factor", "cap", "attempts"),
    [(0, 2, 5, 3), (1, 0.9, 5, 3), (2, 2, 1.9, 3), (1, 2, 5, -1)],
)
def test_backoff_delays_rejects_bad_parameters(
    base: float, factor: float, cap: float, attempts: int
) -> None:
    with pytest.raises(ValueError):
        backoff_delays(base, factor, cap, attempts)


@pytest.mark.task(taskno=4)
def test_total_wait_is_exact_for_many_small_delays() -> None:
    delays = [0.1] * 10
    assert sum(delays) != 1.0, "precondition: plain sum() drifts"
    assert total_wait(delays) == 1.0, "math.fsum keeps the exact total"
    assert total_wait([]) == 0.0, "no delays, no waiting"
    assert total_wait([1e16, *[1.0] * 1000]) == 1.0000000000001e16, "small delays still count"
