"""Temperature labels: turn room readings into labels, alerts and heating decisions."""


def is_freezing(celsius: float) -> bool:
    """Return True when celsius is at or below 0."""
    return celsius <= 0


def comfort_label(celsius: float) -> str:
    """Return 'cold', 'cool', 'comfortable' or 'hot' (see the instructions)."""
    if celsius < 10:
        return "cold"
    elif celsius < 18:
        return "cool"
    elif celsius <= 25:
        return "comfortable"
    else:
        return "hot"


def needs_alert(celsius: float, humidity: float) -> bool:
    """Return True when above 30 with humidity 70 or more, or below -10."""
    return (celsius > 30 and humidity >= 70) or celsius < -10


def heating_action(celsius: float, heating_on: bool) -> str:
    """Return 'turn on', 'turn off' or 'keep' (see the instructions)."""
    if celsius < 19 and not heating_on:
        return "turn on"
    elif celsius > 22 and heating_on:
        return "turn off"
    else:
        return "keep"
