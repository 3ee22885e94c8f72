"""``safe_ratio`` catches ``ValueError``, but dividing by zero raises ``ZeroDivisionError``.

The ``except`` clause never matches, so the error escapes as if there were no ``try`` at
all. The visible tests catch it.
"""


def parse_quantity(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def safe_ratio(part: float, whole: float) -> float | None:
    try:
        return part / whole
    except ValueError:
        return None


def parse_all(texts: list[str]) -> tuple[list[int], list[str]]:
    numbers: list[int] = []
    rejected: list[str] = []
    for text in texts:
        try:
            numbers.append(int(text))
        except ValueError:
            rejected.append(text)
    return numbers, rejected
