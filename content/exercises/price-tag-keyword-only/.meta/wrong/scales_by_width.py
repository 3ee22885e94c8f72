"""``resize`` always scales by the width, as if every photo were landscape.

A portrait photo (taller than wide) keeps a height above ``max_side``. The visible tests
catch it with a portrait photo.
"""


def format_amount(amount: float, *, currency: str = "EUR", decimals: int = 2) -> str:
    return f"{amount:.{decimals}f} {currency}"


def csv_row(*fields: object, sep: str = ",") -> str:
    return sep.join(str(field) for field in fields)


def resize(width: int, height: int, *, max_side: int) -> tuple[int, int]:
    if width <= max_side and height <= max_side:
        return width, height
    return max(1, width * max_side // width), max(1, height * max_side // width)
