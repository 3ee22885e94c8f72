"""``resize`` rounds each side to the nearest pixel with ``round()`` instead of down.

999 * 500 / 1000 = 499.5 becomes 500 (``round`` goes to the even neighbour), so the
proportions shift by a pixel. The visible tests catch that case; the sealed set finds many
more.
"""


def format_amount(amount: float, *, currency: str = "EUR", decimals: int = 2) -> str:
    return f"{amount:.{decimals}f} {currency}"


def csv_row(*fields: object, sep: str = ",") -> str:
    return sep.join(str(field) for field in fields)


def resize(width: int, height: int, *, max_side: int) -> tuple[int, int]:
    longer = max(width, height)
    if longer <= max_side:
        return width, height
    scale = max_side / longer
    return max(1, round(width * scale)), max(1, round(height * scale))
