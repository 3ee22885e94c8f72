"""``describe`` never checks for the empty case, so a new sensor says ``'kitchen: None °C'``;
and ``__init__`` ignores the ``unit`` it is given.

The default unit hides the second mistake as long as nobody passes another one. The visible
tests catch both.
"""


class Sensor:
    def __init__(self, name: str, unit: str = "°C") -> None:
        self.name = name
        self.unit = "°C"
        self.readings: list[float] = []

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
        return f"{self.name}: {self.latest()} {self.unit}"
