"""``parse_quantity`` checks ``text.isdigit()`` instead of trying ``int``.

It rejects numbers ``int`` accepts (``"-2"``, ``" 7 "``, ``"1_000"``) and crashes on text
that ``isdigit`` accepts but ``int`` rejects (``"²"``). The visible tests catch it.
"""


def parse_quantity(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return None


def safe_ratio(part: float, whole: float) -> float | None:
    try:
        return part / whole
    except ZeroDivisionError:
        return None


def parse_all(texts: list[str]) -> tuple[list[int], list[str]]:
    numbers: list[int] = []
    rejected: list[str] = []
    for text in texts:
        number = parse_quantity(text)
        if number is None:
            rejected.append(text)
        else:
            numbers.append(number)
    return numbers, rejected
