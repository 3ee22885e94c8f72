"""Turning order-form text into numbers without crashing."""


def parse_quantity(text: str) -> int | None:
    """``int(text)``, or None when it raises ValueError."""
    try:
        return int(text)
    except ValueError:
        return None


def safe_ratio(part: float, whole: float) -> float | None:
    """``part / whole``, or None when ``whole`` is zero."""
    try:
        return part / whole
    except ZeroDivisionError:
        return None


def parse_all(texts: list[str]) -> tuple[list[int], list[str]]:
    """``(numbers that parsed, texts that did not)``, each in the original order."""
    numbers: list[int] = []
    rejected: list[str] = []
    for text in texts:
        try:
            number = int(text)
        except ValueError:
            rejected.append(text)
        else:
            numbers.append(number)
    return numbers, rejected
