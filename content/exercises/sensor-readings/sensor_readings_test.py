import pytest
from sensor_readings import change, latest, previous, record

DAY = [19.5, 20.1, 21.3, 22.8]


@pytest.mark.task(taskno=1)
def test_latest_is_the_last_reading() -> None:
    got = latest(DAY)
    assert got == 22.8, f"the newest reading is the last one in the list, got {got}"
    assert latest([7.0]) == 7.0, "a single reading is also the latest"


@pytest.mark.task(taskno=1)
def test_latest_of_no_readings_is_none() -> None:
    got = latest([])
    assert got is None, f"an empty list has no latest reading: return None, got {got!r}"


@pytest.mark.task(taskno=2)
def test_previous_is_the_second_to_last_reading() -> None:
    got = previous(DAY)
    assert got == 21.3, f"the reading before 22.8 is 21.3, got {got}"
    assert previous([18.0, 18.5]) == 18.0, "with two readings, the previous one is the first"


@pytest.mark.task(taskno=2)
def test_previous_needs_two_readings() -> None:
    assert previous([7.0]) is None, "one reading has nothing before it: None"
    assert previous([]) is None, "no readings: None"


@pytest.mark.task(taskno=3)
def test_change_is_latest_minus_previous() -> None:
    got = change(DAY)
    assert got == 1.5, f"22.8 - 21.3 is 1.5, got {got}"
    got = change([21.3, 20.1])
    assert got == -1.2, f"a drop from 21.3 to 20.1 is -1.2 (rounded to one place), got {got}"
    got = change([20.11, 21.37])
    assert got == 1.3, f"21.37 - 20.11 is 1.26, which rounds to 1.3, got {got}"


@pytest.mark.task(taskno=3)
def test_change_needs_two_readings() -> None:
    assert change([20.0]) is None, "one reading cannot change: None"
    assert change([]) is None, "no readings: None"


@pytest.mark.task(taskno=4)
def test_record_appends_to_the_given_list() -> None:
    history = [19.5, 20.1]
    result = record(history, 21.0)
    assert history == [19.5, 20.1, 21.0], f"the caller's list grows at the end, it is {history}"
    assert result is None, f"record returns nothing, got {result!r}"


@pytest.mark.task(taskno=4)
def test_record_into_an_empty_list() -> None:
    history: list[float] = []
    record(history, 3.5)
    record(history, 4.0)
    assert history == [3.5, 4.0], f"two recordings give two readings in order, got {history}"
