"""Besides the list of readings, the sensor keeps a running total and its last reading,
so ``average`` and ``latest`` need no pass over the list."""


class Sensor:
    def __init__(self, name: str, unit: str = "°C") -> None:
        self.name = name
        self.unit = unit
        self.readings: list[float] = []
        self._total = 0.0
        self._last: float | None = None

    def record(self, value: float) -> None:
        self.readings.append(value)
        self._total += value
        self._last = value

    def latest(self) -> float | None:
        return self._last

    def average(self) -> float | None:
        count = len(self.readings)
        return None if count == 0 else self._total / count

    def describe(self) -> str:
        last = self.latest()
        return f"{self.name}: no readings" if last is None else f"{self.name}: {last} {self.unit}"
