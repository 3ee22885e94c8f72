"""Checks the bands from the hottest down with chained comparisons, and decides the alert
and the heating step by step with early returns and nested ``if`` statements instead of
``and``/``or``."""


def is_freezing(celsius: float) -> bool:
    return not celsius > 0


def comfort_label(celsius: float) -> str:
    if celsius > 25:
        return "hot"
    if 18 <= celsius <= 25:
        return "comfortable"
    if 10 <= celsius < 18:
        return "cool"
    return "cold"


def needs_alert(celsius: float, humidity: float) -> bool:
    if celsius < -10:
        return True
    if celsius > 30:
        return humidity >= 70
    return False


def heating_action(celsius: float, heating_on: bool) -> str:
    if heating_on:
        if celsius > 22:
            return "turn off"
    else:
        if celsius < 19:
            return "turn on"
    return "keep"
