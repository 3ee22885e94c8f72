import pytest
from session_grouping_and_test_matrix import (
    ci_matrix,
    events_per_user,
    instance_mixes,
    sessions,
)

EVENTS = [
    ("ana", 100),
    ("ana", 130),
    ("ana", 160),
    ("ana", 1000),
    ("bo", 50),
    ("bo", 350),
    ("bo", 351),
]


@pytest.mark.task(taskno=1)
def test_sessions_split_on_long_pauses_and_on_user_change() -> None:
    got = sessions(EVENTS, gap=300)
    want = [
        ("ana", 100, 160, 3),
        ("ana", 1000, 1000, 1),
        ("bo", 50, 351, 3),
    ]
    assert got == want, f"a pause of exactly 300 s keeps bo's session open, got {got}"


@pytest.mark.task(taskno=1)
def test_sessions_gap_boundary() -> None:
    events = [("u", 0), ("u", 10), ("u", 21)]
    assert sessions(events, 10) == [("u", 0, 10, 2), ("u", 21, 21, 1)], "11 s > 10 s splits"
    assert sessions(events, 11) == [("u", 0, 21, 3)], "11 s <= 11 s does not split"
    same = [("u", 5), ("u", 5)]
    assert sessions(same, 0) == [("u", 5, 5, 2)], "gap 0 still joins simultaneous events"


@pytest.mark.task(taskno=1)
def test_sessions_of_nothing_and_of_one_event() -> None:
    assert sessions([], 60) == [], "no events, no sessions"
    assert sessions(iter([("solo", 0)]), 60) == [("solo", 0, 0, 1)], "timestamps may be 0"


@pytest.mark.task(taskno=1)
def test_sessions_follow_python_tuple_order() -> None:
    events = [("Zoe", -120), ("Zoe", 0), ("ana", -30)]
    got = sessions(events, 120)
    assert got == [("Zoe", -120, 0, 2), ("ana", -30, -30, 1)], (
        f'"Zoe" sorts before "ana" (code points) and times may be negative, got {got}'
    )


@pytest.mark.task(taskno=1)
def test_sessions_reject_unsorted_events_and_negative_gap() -> None:
    with pytest.raises(ValueError, match="sorted"):
        sessions([("ana", 10), ("ana", 5)], 60)
    with pytest.raises(ValueError, match="sorted"):
        sessions([("bo", 1), ("ana", 2)], 60)
    with pytest.raises(ValueError, match="negative"):
        sessions(EVENTS, -1)


@pytest.mark.task(taskno=2)
def test_events_per_user_counts_unsorted_input() -> None:
    shuffled = [("bo", 2), ("ana", 9), ("bo", 1), ("cy", 0), ("ana", 3), ("bo", 5)]
    got = events_per_user(shuffled)
    assert got == {"ana": 2, "bo": 3, "cy": 1}, f"got {got}"
    assert list(got) == ["ana", "bo", "cy"], "users come out in sorted order"
    assert events_per_user([]) == {}, "no events"


@pytest.mark.task(taskno=3)
def test_ci_matrix_is_the_cartesian_product_in_order() -> None:
    got = ci_matrix(["3.11", "3.12"], ["sqlite", "postgres"])
    want = [("3.11", "sqlite"), ("3.11", "postgres"), ("3.12", "sqlite"), ("3.12", "postgres")]
    assert got == want, f"python-major order, got {got}"


@pytest.mark.task(taskno=3)
def test_ci_matrix_exclusions_and_empty_axes() -> None:
    got = ci_matrix(["3.11", "3.12"], ["sqlite", "postgres"], {("3.11", "postgres")})
    assert ("3.11", "postgres") not in got and len(got) == 3, f"one pair excluded, got {got}"
    assert ci_matrix([], ["sqlite"]) == [], "an empty axis gives no jobs"


@pytest.mark.task(taskno=4)
def test_instance_mixes_finds_every_combination() -> None:
    got = instance_mixes([2, 4, 8], 3, 12)
    assert got == [(2, 2, 8), (4, 4, 4)], f"sizes may repeat, order does not matter, got {got}"
    assert instance_mixes([8, 4, 4, 2], 2, 8) == [(4, 4)], "duplicate sizes are ignored"
    assert instance_mixes([2, 4], 1, 4) == [(4,)], "a single instance"
    assert instance_mixes([2, 4], 2, 7) == [], "no mix reaches 7"


@pytest.mark.task(taskno=4)
def test_instance_mixes_rejects_a_count_below_one() -> None:
    with pytest.raises(ValueError):
        instance_mixes([2, 4], 0, 0)
