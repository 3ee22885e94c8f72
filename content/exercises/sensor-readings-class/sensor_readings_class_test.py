import pytest
from sensor_readings_class import Sensor


@pytest.mark.task(taskno=1)
def test_a_new_sensor_has_its_attributes() -> None:
    sensor = Sensor("kitchen")
    assert sensor.name == "kitchen", f"name is stored as given, got {sensor.name!r}"
    assert sensor.unit == "°C", f"the unit defaults to '°C', got {sensor.unit!r}"
    assert sensor.readings == [], f"a new sensor has no readings, got {sensor.readings!r}"


@pytest.mark.task(taskno=1)
def test_the_unit_can_be_given() -> None:
    sensor = Sensor("soil", unit="%")
    assert sensor.unit == "%", f"got {sensor.unit!r}"


@pytest.mark.task(taskno=2)
def test_record_and_latest() -> None:
    sensor = Sensor("kitchen")
    assert sensor.latest() is None, "no reading yet: latest() is None"
    assert sensor.record(20) is None, "record returns nothing"
    sensor.record(23)
    assert sensor.readings == [20, 23], f"readings in the order recorded, got {sensor.readings}"
    assert sensor.latest() == 23, f"the most recent reading is 23, got {sensor.latest()!r}"


@pytest.mark.task(taskno=2)
def test_every_sensor_has_its_own_readings() -> None:
    kitchen, cellar = Sensor("kitchen"), Sensor("cellar")
    kitchen.record(21.5)
    assert cellar.readings == [], (
        f"the cellar got the kitchen's reading: {cellar.readings}. "
        "Create the list in __init__, on self."
    )
    assert cellar.latest() is None, "the cellar has no reading of its own"


@pytest.mark.task(taskno=3)
def test_average() -> None:
    sensor = Sensor("kitchen")
    assert sensor.average() is None, "no readings: no average"
    sensor.record(20)
    sensor.record(23)
    assert sensor.average() == 21.5, f"(20 + 23) / 2 = 21.5, got {sensor.average()!r}"


@pytest.mark.task(taskno=4)
def test_describe() -> None:
    sensor = Sensor("kitchen")
    assert sensor.describe() == "kitchen: no readings", f"got {sensor.describe()!r}"
    sensor.record(19.5)
    sensor.record(23)
    assert sensor.describe() == "kitchen: 23 °C", f"the latest reading, got {sensor.describe()!r}"


@pytest.mark.task(taskno=4)
def test_describe_uses_the_sensors_unit() -> None:
    sensor = Sensor("soil", unit="%")
    sensor.record(41)
    assert sensor.describe() == "soil: 41 %", f"got {sensor.describe()!r}"
