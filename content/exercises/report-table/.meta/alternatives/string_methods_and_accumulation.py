"""Pads with ``ljust``/``rjust``, formats with ``format()``, builds the table by adding
strings with an explicit newline before every line but the first, and chooses the plural
with ``if`` statements."""


def name_width(names: list[str], minimum: int) -> int:
    return max([minimum, *[len(name) for name in names]])


def format_row(name: str, requests: int, error_ratio: float, width: int) -> str:
    columns = [
        name.ljust(width),
        format(requests, ",").rjust(12),
        format(error_ratio, ".2%").rjust(7),
    ]
    return " | ".join(columns)


def render_table(rows: list[tuple[str, int, float]]) -> str:
    width = name_width([row[0] for row in rows], 7)
    table = "service".ljust(width) + " | " + "requests".rjust(12) + " | " + "errors".rjust(7)
    table += "\n" + "-+-".join(["-" * width, "-" * 12, "-" * 7])
    for row in rows:
        table += "\n" + format_row(row[0], row[1], row[2], width)
    return table


def summary(rows: list[tuple[str, int, float]]) -> str:
    if len(rows) == 0:
        return "no services"
    total = 0
    for row in rows:
        total += row[1]
    first = f"{len(rows)} service"
    if len(rows) != 1:
        first += "s"
    second = format(total, ",") + " request"
    if total != 1:
        second += "s"
    return first + ", " + second + " in total"
