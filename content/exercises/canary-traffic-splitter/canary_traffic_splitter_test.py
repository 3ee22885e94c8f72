import random
from collections import Counter

import pytest
from canary_traffic_splitter import (
    CanarySplitter,
    full_jitter,
    reservoir_sample,
    sticky_bucket,
)


@pytest.mark.task(taskno=1)
def test_picks_are_reproducible_with_a_seeded_generator() -> None:
    splitter = CanarySplitter({"stable": 1, "canary": 1}, random.Random(2024))
    got = splitter.picks(8)
    want = ["stable", "canary", "stable", "canary", "stable", "canary", "stable", "stable"]
    assert got == want, f"Random(2024) must give the same routing every run, got {got}"
    assert splitter.pick() == "canary", "pick() continues the same random stream"


@pytest.mark.task(taskno=1)
def test_picks_follow_the_weights() -> None:
    splitter = CanarySplitter({"a": 1, "b": 0, "c": 3}, random.Random(5))
    counts = Counter(splitter.picks(4000))
    assert counts["b"] == 0, "a release with weight 0 never gets traffic"
    assert (counts["a"], counts["c"]) == (986, 3014), f"about 1:3, got {counts}"


@pytest.mark.task(taskno=1)
def test_a_five_percent_canary_gets_about_five_percent() -> None:
    splitter = CanarySplitter({"stable": 95, "canary": 5}, random.Random(11))
    canary = splitter.picks(10_000).count("canary")
    assert canary == 529, f"Random(11) routes 529 of 10000 requests to the canary, got {canary}"


@pytest.mark.task(taskno=1)
def test_picks_count_boundaries() -> None:
    splitter = CanarySplitter({"only": 2.5}, random.Random(0))
    assert splitter.picks(0) == [], "zero requests"
    assert splitter.picks(3) == ["only"] * 3, "a single release gets everything"
    with pytest.raises(ValueError):
        splitter.picks(-1)


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ({}, "at least one"),
        ({"a": 2, "b": -1}, "negative"),
        ({"a": 2, "b": -0.5}, "negative"),
        ({"a": 0, "b": 0}, "more than zero"),
        ({"a": -1}, "negative"),
    ],
    ids=["empty", "minus-one", "minus-half", "all-zero", "negative-sum"],
)
def test_splitter_rejects_bad_weights(weights: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CanarySplitter(weights, random.Random(0))


@pytest.mark.task(taskno=1)
def test_splitter_accepts_weights_that_sum_to_one_or_less() -> None:
    splitter = CanarySplitter({"a": 0.5, "b": 0.5}, random.Random(1))
    assert set(splitter.picks(50)) == {"a", "b"}, "fractional weights are fine"
    assert CanarySplitter({"x": 0.1}, random.Random(1)).pick() == "x", "a tiny total is fine"


@pytest.mark.task(taskno=2)
def test_sticky_bucket_is_stable_per_user() -> None:
    got = [sticky_bucket(user, 100) for user in ("alice", "bob", "carol")]
    assert got == [60, 54, 54], f"buckets derive from the user id alone, got {got}"
    assert sticky_bucket("alice", 100) == sticky_bucket("alice", 100), "same user, same bucket"
    assert sticky_bucket("alice", 1) == 0, "one bucket holds everyone"


@pytest.mark.task(taskno=2)
def test_sticky_bucket_leaves_the_module_generator_alone() -> None:
    random.seed(2024)
    state = random.getstate()
    sticky_bucket("zoe", 100)
    assert random.getstate() == state, "seed a Random of your own, not the shared one"


@pytest.mark.task(taskno=2)
def test_sticky_bucket_rejects_no_buckets() -> None:
    for buckets in (0, -3):
        with pytest.raises(ValueError, match="at least 1"):
            sticky_bucket("alice", buckets)


@pytest.mark.task(taskno=3)
def test_reservoir_sample_is_reproducible() -> None:
    got = reservoir_sample(range(100), 5, random.Random(7))
    assert got == [14, 25, 35, 59, 57], f"Algorithm R with Random(7), got {got}"
    letters = reservoir_sample(iter("abcdefgh"), 3, random.Random(1))
    assert letters == ["f", "h", "g"], f"works on any iterator, got {letters}"


@pytest.mark.task(taskno=3)
def test_reservoir_sample_small_streams_and_zero_k() -> None:
    assert reservoir_sample(range(3), 5, random.Random(1)) == [0, 1, 2], "short stream: all"
    assert reservoir_sample(range(4), 4, random.Random(1)) == [0, 1, 2, 3], "k equals length"
    assert reservoir_sample(range(10), 0, random.Random(1)) == [], "k = 0 samples nothing"
    assert reservoir_sample([], 3, random.Random(1)) == [], "empty stream"
    with pytest.raises(ValueError):
        reservoir_sample(range(3), -1, random.Random(1))


@pytest.mark.task(taskno=3)
def test_reservoir_sample_is_roughly_uniform() -> None:
    rng = random.Random(99)
    counts: Counter[int] = Counter()
    for _ in range(3000):
        counts.update(reservoir_sample(range(10), 2, rng))
    assert sorted(counts) == list(range(10)), "every item can be chosen"
    assert min(counts.values()) == 558 and max(counts.values()) == 631, f"got {counts}"


@pytest.mark.task(taskno=4)
def test_full_jitter_draws_below_the_capped_exponential() -> None:
    rng = random.Random(3)
    got = [round(full_jitter(attempt, 0.1, 1.0, rng), 6) for attempt in range(6)]
    want = [0.023796, 0.108846, 0.147982, 0.483136, 0.62572, 0.065529]
    assert got == want, f"uniform(0, min(cap, base * 2**attempt)) with Random(3), got {got}"


@pytest.mark.task(taskno=4)
@pytest.mark.parametrize(("attempt", "base", "cap"), [(-1, 0.1, 1.0), (0, 0, 1.0), (0, 0.1, 0)])
def test_full_jitter_rejects_bad_parameters(attempt: int, base: float, cap: float) -> None:
    with pytest.raises(ValueError):
        full_jitter(attempt, base, cap, random.Random(0))
