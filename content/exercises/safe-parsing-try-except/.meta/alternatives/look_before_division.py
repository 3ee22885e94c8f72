"""``safe_ratio`` checks for a zero divisor before dividing, and ``parse_all`` reuses
``parse_quantity`` (``None`` marks a text that did not parse)."""


def parse_quantity(text: str) -> int | None:
    try:
        value = int(text)
    except ValueError:
        value = None
    return value


def safe_ratio(part: float, whole: float) -> float | None:
    if whole == 0:
        return None
    return part / whole


def parse_all(texts: list[str]) -> tuple[list[int], list[str]]:
    parsed = [(text, parse_quantity(text)) for text in texts]
    numbers = [value for _, value in parsed if value is not None]
    rejected = [text for text, value in parsed if value is None]
    return numbers, rejected
