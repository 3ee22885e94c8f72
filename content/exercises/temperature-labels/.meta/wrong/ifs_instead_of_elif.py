"""Writes the labels as separate ``if`` statements that each assign a variable, instead of
one ``if``/``elif`` chain: every matching block runs and the last one wins, so 5 °C (below
10, but also below 18) is labelled "cool". The visible tests catch it."""


def is_freezing(celsius: float) -> bool:
    return celsius <= 0


def comfort_label(celsius: float) -> str:
    label = "hot"
    if celsius < 10:
        label = "cold"
    if celsius < 18:
        label = "cool"
    if 18 <= celsius <= 25:
        label = "comfortable"
    return label


def needs_alert(celsius: float, humidity: float) -> bool:
    return (celsius > 30 and humidity >= 70) or celsius < -10


def heating_action(celsius: float, heating_on: bool) -> str:
    if celsius < 19 and not heating_on:
        return "turn on"
    elif celsius > 22 and heating_on:
        return "turn off"
    else:
        return "keep"
