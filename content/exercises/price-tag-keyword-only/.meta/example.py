"""Back-office helpers whose options must be passed by name."""


def format_amount(amount: float, *, currency: str = "EUR", decimals: int = 2) -> str:
    """``amount`` with ``decimals`` digits after the point, then the currency code."""
    return f"{amount:.{decimals}f} {currency}"


def csv_row(*fields: object, sep: str = ",") -> str:
    """The fields as text, joined by ``sep``."""
    return sep.join(str(field) for field in fields)


def resize(width: int, height: int, *, max_side: int) -> tuple[int, int]:
    """The size with its longer side shrunk to at most ``max_side``, proportions kept."""
    longer = max(width, height)
    target = min(longer, max_side)
    return max(1, width * target // longer), max(1, height * target // longer)
