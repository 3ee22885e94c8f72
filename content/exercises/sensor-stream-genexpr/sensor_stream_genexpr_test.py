from collections.abc import Iterator

import pytest
from sensor_stream_genexpr import all_within, any_above, first_above, peak, total_for

READINGS = [("oven", 180.5), ("fridge", 4.0), ("oven", 220.0), ("fridge", -1.5)]


class Stream:
    """Readings that can be read once, counting how many were read."""

    def __init__(self, readings: list) -> None:
        self.readings = readings
        self.read = 0

    def __iter__(self) -> Iterator:
        for reading in self.readings:
            self.read += 1
            yield reading


@pytest.mark.task(taskno=1)
def test_total_for_one_sensor() -> None:
    assert total_for(READINGS, "oven") == 400.5, "180.5 + 220.0"
    assert total_for(Stream(READINGS), "fridge") == 2.5, "4.0 - 1.5, from a one-pass stream"
    assert total_for(READINGS, "boiler") == 0, "a sensor without readings totals 0"


@pytest.mark.task(taskno=2)
def test_any_above() -> None:
    assert any_above(READINGS, 200) is True, "220.0 is above 200"
    assert any_above(READINGS, 220) is False, "nothing is above 220 (220.0 is not)"
    assert any_above([], 0) is False, "no readings: nothing above"


@pytest.mark.task(taskno=2)
def test_any_above_stops_at_the_first_match() -> None:
    stream = Stream(READINGS * 1000)
    assert any_above(stream, 100) is True, "180.5 is above 100"
    assert stream.read == 1, (
        f"the first reading already answers, but {stream.read} were read: "
        "use a generator expression, not a list"
    )


@pytest.mark.task(taskno=2)
def test_all_within() -> None:
    assert all_within(READINGS, -5, 250) is True, "every value is between -5 and 250"
    assert all_within(READINGS, -1.5, 220.0) is True, "both limits are included"
    assert all_within(READINGS, 0, 250) is False, "-1.5 is below 0"
    assert all_within([], 0, 1) is True, "no readings: none outside"


@pytest.mark.task(taskno=2)
def test_all_within_stops_at_the_first_miss() -> None:
    stream = Stream([("fridge", 99.0)] + READINGS * 1000)
    assert all_within(stream, -5, 10) is False, "99.0 is too warm for a fridge"
    assert stream.read == 1, f"the first reading already answers, {stream.read} were read"


@pytest.mark.task(taskno=3)
def test_first_above() -> None:
    assert first_above(READINGS, 100) == ("oven", 180.5), "the first reading above 100"
    assert first_above(READINGS, 200) == ("oven", 220.0), "the first reading above 200"
    assert first_above(READINGS, 500) is None, "no reading above 500"
    stream = Stream(READINGS * 1000)
    first_above(stream, 200)
    assert stream.read == 3, f"the third reading is the answer, {stream.read} were read"


@pytest.mark.task(taskno=4)
def test_peak() -> None:
    assert peak(READINGS, "fridge") == 4.0, "the warmest fridge reading"
    assert peak(Stream(READINGS), "oven") == 220.0, "from a one-pass stream"
    assert peak(READINGS, "boiler") is None, "no readings: no peak"
