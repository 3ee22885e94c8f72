"""``format_amount`` and ``resize`` have no bare ``*``: their options can be passed by
position.

Every correct call still works, so the mistake only shows when someone writes
``format_amount(12.5, "USD")`` or ``resize(4000, 3000, 1000)``, which should be refused.
The visible tests catch it.
"""


def format_amount(amount: float, currency: str = "EUR", decimals: int = 2) -> str:
    return f"{amount:.{decimals}f} {currency}"


def csv_row(*fields: object, sep: str = ",") -> str:
    return sep.join(str(field) for field in fields)


def resize(width: int, height: int, max_side: int) -> tuple[int, int]:
    longer = max(width, height)
    if longer <= max_side:
        return width, height
    return max(1, width * max_side // longer), max(1, height * max_side // longer)
