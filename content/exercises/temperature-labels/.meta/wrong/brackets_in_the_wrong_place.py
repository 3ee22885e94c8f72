"""Groups the alert condition wrongly, ``celsius > 30 and (humidity >= 70 or celsius <
-10)``: the "very cold" part can then never be true on its own, so -20 °C raises no alert.
The visible tests catch it."""


def is_freezing(celsius: float) -> bool:
    return celsius <= 0


def comfort_label(celsius: float) -> str:
    if celsius < 10:
        return "cold"
    elif celsius < 18:
        return "cool"
    elif celsius <= 25:
        return "comfortable"
    else:
        return "hot"


def needs_alert(celsius: float, humidity: float) -> bool:
    return celsius > 30 and (humidity >= 70 or celsius < -10)


def heating_action(celsius: float, heating_on: bool) -> str:
    if celsius < 19 and not heating_on:
        return "turn on"
    elif celsius > 22 and heating_on:
        return "turn off"
    else:
        return "keep"
