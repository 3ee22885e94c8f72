"""Turning order-form text into numbers without crashing."""


def parse_quantity(text: str) -> int | None:
    """``int(text)``, or None when it raises ValueError."""
    raise NotImplementedError("parse_quantity")


def safe_ratio(part: float, whole: float) -> float | None:
    """``part / whole``, or None when ``whole`` is zero."""
    raise NotImplementedError("safe_ratio")


def parse_all(texts: list[str]) -> tuple[list[int], list[str]]:
    """``(numbers that parsed, texts that did not)``, each in the original order."""
    raise NotImplementedError("parse_all")
