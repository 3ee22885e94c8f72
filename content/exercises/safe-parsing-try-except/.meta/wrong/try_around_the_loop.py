"""``parse_all`` puts one ``try`` around the whole loop.

The first bad text jumps out of the loop into ``except``: every text after it is neither
parsed nor rejected. The visible tests catch it.
"""


def parse_quantity(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def safe_ratio(part: float, whole: float) -> float | None:
    try:
        return part / whole
    except ZeroDivisionError:
        return None


def parse_all(texts: list[str]) -> tuple[list[int], list[str]]:
    numbers: list[int] = []
    rejected: list[str] = []
    try:
        for text in texts:
            numbers.append(int(text))
    except ValueError:
        rejected.append(text)
    return numbers, rejected
