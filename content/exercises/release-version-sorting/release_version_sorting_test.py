import pytest
from release_version_sorting import latest, latest_per_major, sort_versions, version_key


@pytest.mark.task(taskno=1)
def test_version_key_is_a_tuple_of_ints() -> None:
    got = version_key("1.10.2")
    assert got == (1, 10, 2), f"numbers, not text: got {got!r}"
    assert version_key(" v2.0 ") == (2, 0), "spaces and a leading v are dropped"
    assert version_key("7") == (7,), "a one-number version"


@pytest.mark.task(taskno=2)
def test_sort_versions_by_number() -> None:
    got = sort_versions(["1.10.0", "1.9.0", "1.2.0", "0.12"])
    assert got == ["0.12", "1.2.0", "1.9.0", "1.10.0"], f"1.10 is newer than 1.9, got {got}"


@pytest.mark.task(taskno=2)
def test_sort_versions_keeps_equal_ones_in_order() -> None:
    got = sort_versions(["1.2", "1.0.0", "v1.2", "1.0"])
    assert got == ["1.0", "1.0.0", "1.2", "v1.2"], (
        f"1.0 comes before 1.0.0; 1.2 and v1.2 keep their order; got {got}"
    )
    versions = ["2.0", "1.0"]
    sort_versions(versions)
    assert versions == ["2.0", "1.0"], "the given list is not changed"


@pytest.mark.task(taskno=3)
def test_latest() -> None:
    assert latest(["1.9.0", "1.10.0", "1.2.0"]) == "1.10.0", "1.10.0 is the newest"
    assert latest(["v3.1", "3.1", "2.9"]) == "v3.1", "the first of two equal versions"
    assert latest([]) is None, "no versions: None"


@pytest.mark.task(taskno=4)
def test_latest_per_major() -> None:
    got = latest_per_major(["2.0", "1.9.0", "1.10.0", "v2.0.1", "0.1"])
    assert got == {0: "0.1", 1: "1.10.0", 2: "v2.0.1"}, f"got {got}"
    assert list(got) == [0, 1, 2], "majors in increasing order"


@pytest.mark.task(taskno=4)
def test_latest_per_major_keeps_the_first_of_equals() -> None:
    got = latest_per_major(["1.5", "v1.5", "1.4.9"])
    assert got == {1: "1.5"}, f"1.5 and v1.5 are equal: the first one stays, got {got}"
    assert latest_per_major([]) == {}, "no versions"
