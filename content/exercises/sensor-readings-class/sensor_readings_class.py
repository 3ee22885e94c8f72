"""A greenhouse sensor that remembers its readings."""


class Sensor:
    """A named sensor with a unit and the readings it has taken."""

    def __init__(self, name: str, unit: str = "°C") -> None:
        raise NotImplementedError("Sensor.__init__")

    def record(self, value: float) -> None:
        """Append a reading."""
        raise NotImplementedError("Sensor.record")

    def latest(self) -> float | None:
        """The most recent reading, or None."""
        raise NotImplementedError("Sensor.latest")

    def average(self) -> float | None:
        """The mean of the readings, or None."""
        raise NotImplementedError("Sensor.average")

    def describe(self) -> str:
        """``'<name>: <latest> <unit>'`` or ``'<name>: no readings'``."""
        raise NotImplementedError("Sensor.describe")
