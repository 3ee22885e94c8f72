"""``readings = []`` is written in the class body instead of on ``self`` in ``__init__``.

A class attribute is one list shared by every sensor: the kitchen's readings show up in
the cellar too. With a single sensor everything looks right. The visible tests catch it
with two sensors.
"""


class Sensor:
    readings: list[float] = []  # noqa: RUF012

    def __init__(self, name: str, unit: str = "°C") -> None:
        self.name = name
        self.unit = unit

    def record(self, value: float) -> None:
        self.readings.append(value)

    def latest(self) -> float | None:
        if not self.readings:
            return None
        return self.readings[-1]

    def average(self) -> float | None:
        if not self.readings:
            return None
        return sum(self.readings) / len(self.readings)

    def describe(self) -> str:
        if not self.readings:
            return f"{self.name}: no readings"
        return f"{self.name}: {self.latest()} {self.unit}"
