"""``resize`` forgets the one-pixel minimum, and ``csv_row`` joins the fields unconverted.

A 5000 x 3 strip shrinks to 100 x 0, an image nobody can show; and ``",".join`` raises
``TypeError`` as soon as a field is a number. The visible tests catch both.
"""


def format_amount(amount: float, *, currency: str = "EUR", decimals: int = 2) -> str:
    return f"{amount:.{decimals}f} {currency}"


def csv_row(*fields: object, sep: str = ",") -> str:
    return sep.join(fields)  # type: ignore[arg-type]


def resize(width: int, height: int, *, max_side: int) -> tuple[int, int]:
    longer = max(width, height)
    if longer <= max_side:
        return width, height
    return width * max_side // longer, height * max_side // longer
