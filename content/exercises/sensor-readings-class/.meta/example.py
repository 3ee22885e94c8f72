"""A greenhouse sensor that remembers its readings."""


class Sensor:
    """A named sensor with a unit and the readings it has taken."""

    def __init__(self, name: str, unit: str = "°C") -> None:
        self.name = name
        self.unit = unit
        self.readings: list[float] = []

    def record(self, value: float) -> None:
        """Append a reading."""
        self.readings.append(value)

    def latest(self) -> float | None:
        """The most recent reading, or None."""
        if not self.readings:
            return None
        return self.readings[-1]

    def average(self) -> float | None:
        """The mean of the readings, or None."""
        if not self.readings:
            return None
        return sum(self.readings) / len(self.readings)

    def describe(self) -> str:
        """``'<name>: <latest> <unit>'`` or ``'<name>: no readings'``."""
        if not self.readings:
            return f"{self.name}: no readings"
        return f"{self.name}: {self.latest()} {self.unit}"
