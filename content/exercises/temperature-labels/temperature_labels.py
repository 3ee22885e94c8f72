"""Temperature labels: turn room readings into labels, alerts and heating decisions."""


def is_freezing(celsius: float) -> bool:
    """Return True when celsius is at or below 0."""
    raise NotImplementedError("is_freezing")


def comfort_label(celsius: float) -> str:
    """Return 'cold', 'cool', 'comfortable' or 'hot' (see the instructions)."""
    raise NotImplementedError("comfort_label")


def needs_alert(celsius: float, humidity: float) -> bool:
    """Return True when above 30 with humidity 70 or more, or below -10."""
    raise NotImplementedError("needs_alert")


def heating_action(celsius: float, heating_on: bool) -> str:
    """Return 'turn on', 'turn off' or 'keep' (see the instructions)."""
    raise NotImplementedError("heating_action")
