"""``average`` divides with ``//``, which rounds the mean down to a whole number.

(20 + 23) // 2 is 21, not 21.5. The visible tests catch it.
"""


class Sensor:
    def __init__(self, name: str, unit: str = "°C") -> None:
        self.name = name
        self.unit = unit
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
        return sum(self.readings) // len(self.readings)

    def describe(self) -> str:
        if not self.readings:
            return f"{self.name}: no readings"
        return f"{self.name}: {self.latest()} {self.unit}"
