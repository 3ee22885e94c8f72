"""Back-office helpers whose options must be passed by name."""


def format_amount(amount: float, *, currency: str = "EUR", decimals: int = 2) -> str:
    """``amount`` with ``decimals`` digits after the point, then the currency code."""
    raise NotImplementedError("format_amount")


def csv_row(*fields: object, sep: str = ",") -> str:
    """The fields as text, joined by ``sep``."""
    raise NotImplementedError("csv_row")


def resize(width: int, height: int, *, max_side: int) -> tuple[int, int]:
    """The size with its longer side shrunk to at most ``max_side``, proportions kept."""
    raise NotImplementedError("resize")
